"""Measured times (``measured_times.py``): an average or reported time is a figure, a
threshold or a span is not; an average's area and its span; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.exclusions import blocked_spans
from pressfacts.statistics.figures import candidate_figures
from pressfacts.statistics.measured_times import MEASURED_TIMES
from tests.statistics.conftest import AreasOf, PeriodsOf

SHAPE_ROWS = [
    pytest.param(
        "Officers in Dyfed-Powys reached rural calls in 19 minutes and 25 seconds.",
        [(1165, "seconds", None)],
        id="minutes-and-seconds",
    ),
    pytest.param(
        "Callers to 101 in Surrey waited an average of 75 seconds in May.",
        [(75, "seconds", None)],
        id="average-time",
    ),
    pytest.param(
        "Crews in Powys arrived nearly three minutes quicker than in 2023.",
        [(3, "minutes", "decrease")],
        id="time-change",
    ),
    pytest.param(
        "Delays on the Chiltern line totalled more than 8,400 minutes in 2024.",
        [(8400, "minutes", None)],
        id="delay-total",
    ),
    pytest.param(
        "Appeals in Kent took an average of 48 days, an improvement of nine days on 2023.",
        [(48, "days", None), (9, "days", "decrease")],
        id="time-improvement",
    ),
    pytest.param(
        "In Bangor, the average wait for a first hearing fell by 23 days in 2024.",
        [(23, "days", "decrease")],
        id="average-time-fall",
    ),
    pytest.param(
        "In Rhyl, the median time to charge rose by nearly nine weeks in 2024.",
        [(9, "weeks", "increase")],
        id="average-time-rise",
    ),
]


def test_every_shape_has_a_row() -> None:
    assert {shape.name for shape in MEASURED_TIMES} == {row.id for row in SHAPE_ROWS}


READ_ROWS = [
    *SHAPE_ROWS,
    pytest.param(
        "The average time to pick up a call in Kent was four seconds.",
        [(4, "seconds", None)],
        id="the-average-time-to-do-was",
    ),
    pytest.param(
        "Response times in Hereford averaged 12 minutes, 3 minutes slower than in Worcester.",
        [(12, "minutes", None), (3, "minutes", "increase")],
        id="averaged-then-slower",
    ),
    pytest.param(
        "Callers waited an average of 88 seconds, compared with 203 seconds in 2024.",
        [(88, "seconds", None), (203, "seconds", None)],
        id="compared-with-after-an-average",
    ),
    pytest.param(
        "Officers took an average of 31 minutes to reach farms in Ryedale.",
        [(31, "minutes", None)],
        id="took-an-average-of",
    ),
    pytest.param(
        "Waits fell to one minute and 50 seconds, down from three minutes and eight seconds.",
        [(110, "seconds", None), (188, "seconds", None)],
        id="down-from-a-compound",
    ),
    pytest.param(
        "Cable thefts in Kent caused 4,300 hours of delay last year.",
        [(4300, "hours", None)],
        id="hours-of-delay",
    ),
    pytest.param(
        "Appeals in Gwent took an average of 203 days to resolve, against 150 days in Dorset.",
        [(203, "days", None), (150, "days", None)],
        id="days-of-an-average-against",
    ),
    pytest.param(
        "The average time to close a grievance fell to 44 working days in Norfolk.",
        [(44, "working days", None)],
        id="an-average-fell-to-working-days",
    ),
    pytest.param(
        "The average wait for a callback in Hull has fallen to 23 minutes.",
        [(23, "minutes", None)],
        id="an-average-has-fallen-to",
    ),
    pytest.param(
        "In Fife the median time to trial had risen to 41 weeks by June.",
        [(41, "weeks", None)],
        id="a-median-had-risen-to",
    ),
    pytest.param(
        "Across Wales the median was 68 working days.",
        [(68, "working days", None)],
        id="a-median-was",
    ),
    pytest.param(
        "The average appeal in Surrey reached a tribunal in 240 days in 2023.",
        [(240, "days", None)],
        id="an-average-reached-in",
    ),
    pytest.param(
        "Reviews took an average of seven months each, down from nine months a year earlier.",
        [(7, "months", None), (9, "months", None)],
        id="months-of-an-average-down-from",
    ),
    pytest.param(
        "The average time from arrest to sentence at courts across Cumbria and "
        "Lancashire rose to 302 days in 2024, up from 251 days in 2022.",
        [(302, "days", None), (251, "days", None)],
        id="a-long-average-rose-to-then-up-from",
    ),
    pytest.param(
        "In May the median wait for a callback was 12 days; by August it was nine days.",
        [(12, "days", None), (9, "days", None)],
        id="a-median-carried-on-by-it-after-a-semicolon",
    ),
    pytest.param(
        "The median wait was 16 days; in Ely this had fallen to 11 days.",
        [(16, "days", None), (11, "days", None)],
        id="a-median-carried-on-by-this-fell-to",
    ),
    pytest.param(
        "Crews reached calls in an average of nine minutes in Hereford and 17 minutes in "
        "rural areas.",
        [(9, "minutes", None), (17, "minutes", None)],
        id="the-next-time-of-an-average-s-list",
    ),
    pytest.param(
        "The median wait was 12 days, and 20 days for appeals.",
        [(12, "days", None), (20, "days", None)],
        id="the-next-time-after-comma-and",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_ROWS)
def test_measured_times_are_figures(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(v, u, c) for _, _, v, u, c in candidate_figures(text)] == expected


NEAR_MISSES = [
    pytest.param("The force answered 91% of calls within 10 seconds.", [91], id="within"),
    pytest.param("Its target is to attend within 15 minutes in towns.", [], id="a-target"),
    pytest.param("Hang up, wait five minutes and call back.", [], id="a-wait-told"),
    pytest.param("The scheme runs for 12 months in Derby.", [], id="a-span"),
    pytest.param(
        "Handlers took an average of 410 calls a day within 10 seconds.",
        [410],
        id="a-threshold-after-an-average-count",
    ),
    pytest.param(
        "The target is to answer within two minutes and 30 seconds.", [], id="within-compound"
    ),
    pytest.param("Callers waited an average of two minutes 15 seconds.", [], id="no-and-between"),
    pytest.param("The 90 minutes of patrols ended at 2am.", [], id="no-average-before"),
    pytest.param("Trains were delayed by 40 minutes.", [], id="delayed-by"),
    pytest.param(
        "The median wait was 16 days; the pilot it was part of ran for nine months.",
        [16],
        id="a-span-after-a-semicolon-is-no-average",
    ),
    pytest.param("Delays must be cleared within 30 minutes.", [], id="delay-threshold"),
    pytest.param("The pilot in Wrexham runs for 18 months.", [], id="months-of-a-span"),
    pytest.param(
        "Officers averaged 14 arrests in 12 months.", [14], id="a-count-between-average-and-in"
    ),
    pytest.param("On average, appeals close within 60 days.", [], id="days-of-a-threshold"),
    pytest.param("The average fine was handed down after 30 days.", [], id="days-after-no-verb"),
    pytest.param(
        "The average wait was 12 minutes and the unit ran for 18 months.",
        [12],
        id="a-span-after-an-average-s-and",
    ),
]


@pytest.mark.parametrize(("text", "values"), NEAR_MISSES)
def test_spans_and_thresholds_are_no_figures(text: str, values: list[float]) -> None:
    assert [v for _, _, v, _, _ in candidate_figures(text)] == values


def test_a_measured_time_is_not_blocked() -> None:
    text = "Callers waited an average of 41 seconds."
    start = text.index("41")
    assert not any(s <= start < e for s, e in blocked_spans(text))


SERVICE_ROWS = [
    pytest.param("The drop-off rate for 101 calls reached 7% in Kent.", [7], id="rate-for"),
    pytest.param("Answer times for 101 calls improved to 9% in Essex.", [9], id="times-for"),
    pytest.param("Across Wales, 999 demand grew 3% in 2023.", [3], id="999-demand"),
    pytest.param("The control room took 101 calls on Monday.", [101], id="a-count-of-calls"),
]


@pytest.mark.parametrize(("text", "values"), SERVICE_ROWS)
def test_service_numbers_before_calls(text: str, values: list[float]) -> None:
    assert [v for _, _, v, _, _ in candidate_figures(text)] == values


def test_an_average_opened_by_a_place_is_the_place_s(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Officers in Devon reached 88% of emergencies in time. In Exeter, the average stood "
        "at eight minutes and 12 seconds."
    )
    assert areas(nlp, text) == [(88, "Devon"), (492, "Exeter")]


def test_an_average_for_a_place_after_it(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Essex households pay £301.50, less than the regional average of £318.20 in the East "
        "of England."
    )
    assert (318.2, "East of England") in areas(nlp, text)


def test_a_measured_average_keeps_the_release_s_area(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Durham Constabulary handled 9,100 emergency calls in May, and the average time to "
        "pick one up was five seconds."
    )
    assert areas(nlp, text) == [(9100, "Durham"), (5, "Durham")]


def test_response_times_averaged_take_the_span_before(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "West Mercia officers met 84% of urgent targets between January and March. "
        "Attendance times in the county averaged 14 minutes and 20 seconds."
    )
    quarter = ("2024-01-01", "2024-03-31")
    assert periods_of(nlp, text, dt.date(2024, 4, 20)) == {84: quarter, 860: quarter}


def test_an_average_case_s_days_keep_the_release_s_area(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Lancashire Constabulary held 62 misconduct hearings in 2023. The average case "
        "reached a hearing in 212 days."
    )
    assert areas(nlp, text) == [(62, "Lancashire"), (212, "Lancashire")]


OWN_AVERAGE_AREAS = [
    pytest.param(
        "Suffolk Constabulary took 48,200 emergency calls in 2025. The average was "
        "13 minutes across the county.",
        [(48200, "Suffolk"), (13, "Suffolk")],
        id="the-average-was-no-noun",
    ),
    pytest.param(
        "Suffolk Constabulary took 48,200 emergency calls in 2025. In rural parts of the "
        "county the average was 21 minutes.",
        [(48200, "Suffolk"), (21, "Suffolk")],
        id="region-words-open-the-average",
    ),
    pytest.param(
        "Suffolk Constabulary took 48,200 emergency calls in 2025. The average time taken "
        "to reach one was 12 minutes.",
        [(48200, "Suffolk"), (12, "Suffolk")],
        id="several-words-then-was",
    ),
    pytest.param(
        "Suffolk Constabulary took 48,200 emergency calls in 2025. The average wait for a "
        "callback has fallen to 26 minutes.",
        [(48200, "Suffolk"), (26, "Suffolk")],
        id="has-fallen-to",
    ),
    pytest.param(  # near miss: an average named as a yardstick keeps no area
        "Suffolk answered 91% of calls in time, above the average of 87%.",
        [(91, "Suffolk"), (87, None)],
        id="a-yardstick-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_AVERAGE_AREAS)
def test_an_average_stated_as_the_subject_is_the_sentence_s(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    """ "The average was N", "the average X has fallen to N": the measure of the place the
    sentence is about, not a yardstick of no area."""
    assert areas(nlp, text) == expected
