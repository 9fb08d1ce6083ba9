"""Writes the held-out gold files (hand annotations kept in one place) and checks
that every quote text occurs verbatim in its text."""
import json, pathlib
HERE = pathlib.Path(__file__).parent

def E(t, name, aliases=(), titles=None):
    d = {"type": t, "name": name, "aliases": list(aliases)}
    if t == "PERSON":
        d["titles"] = list(titles or [])
    return d

def Q(speaker, text):
    return {"speaker": speaker, "text": text}

def S(value, unit, q=None, c=None, area=None, start=None, end=None, ptext=None):
    return {"value": value, "unit": unit, "qualifier": q, "change": c, "area": area,
            "period": ({"start": start, "end": end, "text": ptext} if start else None)}

G = {}
LA = "Lancashire"
W = ("2024-05-06", "2024-05-12", "between May 6 and May 12")
G["01_lancashire-county-lines-week"] = dict(
  entities=[E("FORCE", "Lancashire Constabulary"),
            E("PERSON", "Marcus Hollins", [], ["Detective Sergeant"]),
            E("PERSON", "Clare Whitcombe", ["Mrs Whitcombe"], ["Police and Crime Commissioner"]),
            E("CHARITY", "Crimestoppers")],
  quotes=[Q("Marcus Hollins", "County lines gangs prey on children and on people with addictions. This week shows what we can do when we work together with our partners."),
          Q("Marcus Hollins", "We will not stop there,"),
          Q("Marcus Hollins", "Every line we close is one less route for exploitation."),
          Q("Clare Whitcombe", "a serious investment in safer streets")],
  statistics=[S(64, "people", None, None, LA, *W),
              S(48000, "pounds", "approximately", None, LA, *W),
              S(3, "kg", "more than", None, LA, *W),
              S(12, "vulnerable young people", None, None, LA, *W),
              S(18, "percent", None, "increase", LA, "2023-01-01", "2024-04-30", "between January and April ... on the same period last year"),
              S(1200000, "pounds", None, None, LA)])
SW = "South Wales"
G["02_south-wales-pcc-domestic-abuse-fund"] = dict(
  entities=[E("PERSON", "Rhian Pritchard", ["Ms Pritchard", "Commissioner Rhian Pritchard"], ["Police and Crime Commissioner"]),
            E("FORCE", "South Wales Police"),
            E("CHARITY", "Welsh Women's Aid"),
            E("PERSON", "Gareth Lloyd", ["Councillor Gareth Lloyd"], ["Councillor", "Cabinet Member for Community Safety"]),
            E("ORG", "Cardiff Council"),
            E("PERSON", "Nia Bevan", [], ["Member of Parliament"])],
  quotes=[Q("Rhian Pritchard", "No one should have to face abuse alone,"),
          Q("Rhian Pritchard", "Every pound of this fund goes to frontline support, not to paperwork."),
          Q("Gareth Lloyd", "Our officers see the damage done behind closed doors every day,")],
  statistics=[S(350000, "pounds", None, None, SW),
              S(25, "percent", "nearly", "increase", SW, "2022-04-01", "2023-03-31", "in 2022/23"),
              S(2, "independent domestic violence advisers", None, None, SW),
              S(5000, "pounds", "up to", None, SW),
              S(40, "groups", "approximately", None, SW, "2022-01-01", "2022-12-31", "the 2022 round"),
              S(800, "pounds", None, None, SW, "2022-01-01", "2022-12-31", "the 2022 round")])
FQ = ("2024-04-01", "2024-06-30", "Between April and June")
G["03_police-scotland-fife-courier-fraud"] = dict(
  entities=[E("FORCE", "Police Scotland"),
            E("PERSON", "Graham Lennox", [], ["Temporary Inspector"]),
            E("PERSON", "Margaret Reid", ["Reid"], []),
            E("CHARITY", "Age Scotland")],
  quotes=[Q("Graham Lennox", "These criminals are ruthless and they are very convincing,"),
          Q("Graham Lennox", "A genuine police officer or bank will never ask you to hand over money or your card."),
          Q("Graham Lennox", "If you get a call like this, hang up, wait five minutes and call back on a different phone."),
          Q("Margaret Reid", "He sounded exactly like a policeman,"),
          Q("Margaret Reid", "I'm just glad my granddaughter was in.")],
  statistics=[S(37, "reports", None, None, "Fife", *FQ),
              S(210000, "pounds", "more than", None, "Fife", *FQ),
              S(20, "percent", None, None, "Fife", *FQ)])
B = ("2023-02-01", "2024-01-31", "Over the last 12 months")
G["04_psni-belfast-burglary"] = dict(
  entities=[E("FORCE", "Police Service of Northern Ireland", ["PSNI"]),
            E("PERSON", "Aileen Corry", ["Supt Corry"], ["Superintendent", "District Commander"]),
            E("CHARITY", "Victim Support NI"),
            E("PERSON", "Declan Mallon", [], ["Manager"]),
            E("ORG", "Northern Ireland Housing Executive")],
  quotes=[Q("Aileen Corry", "Burglary is a horrible crime that leaves people feeling unsafe in their own homes,"),
          Q("Aileen Corry", "We have targeted the prolific offenders who cause the most harm."),
          Q("Declan Mallon", "Practical things like fitting new locks can make a real difference to how people recover.")],
  statistics=[S(212, "people", None, None, "Belfast", *B),
              S(1480, "burglaries", None, None, "Belfast", *B),
              S(9, "percent", None, "decrease", "Belfast", "2022-02-01", "2024-01-31", "on the previous 12 months"),
              S(650000, "pounds", "nearly", None, "Belfast", *B),
              S(300, "homes", "more than", None, "north Belfast")])
Y = ("2023-04-01", "2024-03-31", "In the year to March 2024")
G["05_nca-modern-slavery-referrals"] = dict(
  entities=[E("FORCE", "National Crime Agency", ["NCA"]),
            E("PERSON", "Tom Ashworth", [], ["Branch Commander"]),
            E("ORG", "Home Office"), E("ORG", "Border Force"),
            E("CHARITY", "Unseen"),
            E("CHARITY", "Modern Slavery & Exploitation Helpline"),
            E("PERSON", "Rachel Okafor", [], ["Chief Executive"])],
  quotes=[Q("Tom Ashworth", "Behind every one of these numbers is a person who has been controlled, exploited and often abused."),
          Q("Rachel Okafor", "Victims are often hidden in plain sight – in car washes, nail bars and on building sites.")],
  statistics=[S(2, "times", None, "increase", "UK", "2019-01-01", "2024-06-18", "since 2019"),
              S(17004, "potential victims", None, None, "UK", *Y),
              S(4300, "children", "approximately", None, "UK", *Y),
              S(90, "live investigations", "more than", None, "UK"),
              S(31, "convictions", None, None, "UK", "2023-01-01", "2023-12-31", "Last year"),
              S(15, "percent", None, "increase", "UK", "2023-01-01", "2023-12-31", "last year")])
GB = "Great Britain"
G["06_btp-rail-sexual-harassment"] = dict(
  entities=[E("FORCE", "British Transport Police", ["BTP"]),
            E("PERSON", "Sunita Rao", [], ["Detective Chief Inspector"]),
            E("PERSON", "Hannah Price", ["Price"], []),
            E("ORG", "Rail Delivery Group"), E("ORG", "Transport for London")],
  quotes=[Q("Sunita Rao", "Nobody should have to put up with being touched, filmed or followed on their way to work. We take every single report seriously."),
          Q("Sunita Rao", "It doesn’t matter if it happened a week ago or you think it was ‘just a comment’ – tell us,"),
          Q("Hannah Price", "I almost didn’t bother. I’m so glad I did, because he was arrested two days later.")],
  statistics=[S(150, "reports", "approximately", None, GB),
              S(23, "percent", None, "increase", GB, "2021-04-01", "2023-03-31", "in 2022/23 compared with the year before"),
              S(50, "percent", "nearly", None, GB, "2022-01-01", "2022-12-31", "last year")])
L12 = ("2023-01-01", "2023-12-31", "in the last 12 months")
G["07_nspcc-childline-sextortion"] = dict(
  entities=[E("CHARITY", "Childline"), E("CHARITY", "NSPCC"),
            E("PERSON", "Jake"), E("PERSON", "Amira"),
            E("PERSON", "Lena Foster", ["Dr Lena Foster"], ["Associate Head of Child Safety Online Policy"]),
            E("PERSON", "Jo Pemberton", [], ["Online Safety Minister"])],
  quotes=[Q("Jake", "I sent a picture to someone I thought was a girl my age. Then they said they'd send it to all my friends unless I paid them £100."),
          Q("Amira", "I felt like it was all my fault,"),
          Q("Lena Foster", "Tech companies must do far more to stop blackmailers reaching children in the first place."),
          Q("Jo Pemberton", "not hesitate to act")],
  statistics=[S(1100, "counselling sessions", "more than", None, "UK", *L12),
              S(70, "percent", "approximately", None, "UK", *L12),
              S(3, "times", "nearly", "increase", "UK", "2021-01-01", "2024-01-24", "since 2021"),
              S(100, "pounds", None, None, "UK")])
G["08_barnardos-norwich-exploitation-hub"] = dict(
  entities=[E("PERSON", "Tom Hargreaves"),
            E("CHARITY", "Barnardo's"), E("ORG", "Norfolk County Council"),
            E("FORCE", "Norfolk Constabulary"),
            E("PERSON", "Diane Whitlock", [], ["Councillor", "Cabinet Member for Children's Services"]),
            E("PERSON", "Kerry Adebayo", [], ["Assistant Director"]),
            E("PERSON", "Daniel Frost", [], ["Member of Parliament"])],
  quotes=[Q("Diane Whitlock", "Exploitation doesn't stop at a county boundary, and neither will we. This hub is about reaching children before the gangs do."),
          Q("Kerry Adebayo", "a trusted adult who won't give up on them"),
          Q("Daniel Frost", "exactly the kind of early help")],
  statistics=[S(420000, "pounds", None, None, "Norwich"),
              S(120, "young people", "up to", None, "Norwich"),
              S(33.3, "percent", "more than", "increase", "Norfolk", "2021-01-01", "2022-12-31", "between 2021 and 2022")])
EW = "England and Wales"
G["09_refuge-victim-support-funding-call"] = dict(
  entities=[E("CHARITY", "Refuge"), E("CHARITY", "National Domestic Abuse Helpline"),
            E("CHARITY", "Victim Support"),
            E("PERSON", "Samantha Ogunleye", [], ["Chief Executive"]),
            E("PERSON", "Martin Hale", ["Hale"], ["Chief Executive"]),
            E("PERSON", "Helen Ashby", ["Helen Ashby MP"], ["Safeguarding Minister", "Member of Parliament"])],
  quotes=[Q("Samantha Ogunleye", "Women are waiting weeks for a place in a refuge, and some are forced to return to their abuser in the meantime,"),
          Q("Samantha Ogunleye", "That is simply not acceptable in 2024."),
          Q("Martin Hale", "We cannot plan, we cannot recruit and we cannot keep good staff when we never know if the money will be there,"),
          Q("Helen Ashby", "We have already committed up to £20m for victim support services and we will continue to work closely with the sector.")],
  statistics=[S(58500, "calls and contacts", None, None, EW, "2023-01-01", "2023-12-31", "last year"),
              S(11, "percent", None, "increase", EW, "2022-01-01", "2024-03-07", "since 2022"),
              S(40, "percent", "nearly", None, EW),
              S(20000000, "pounds", "up to", None, EW)])
NE = "North East"
G["10_crimestoppers-north-east-loan-sharks"] = dict(
  entities=[E("CHARITY", "Crimestoppers"), E("FORCE", "Northumbria Police"),
            E("FORCE", "Durham Constabulary"),
            E("PERSON", "Kirsty Dunmore", [], ["Regional Manager"]),
            E("PERSON", "Paul Tait", ["Insp Tait", "Inspector Paul Tait"], ["Inspector"])],
  quotes=[Q("Kirsty Dunmore", "You don't have to give your name, and nobody will ever know you called. We are 100 per cent anonymous and always have been."),
          Q("Kirsty Dunmore", "Loan sharks rely on silence. Break it,"),
          Q("Paul Tait", "We need the community's help to find these people,")],
  statistics=[S(1000, "percent", "more than", None, NE),
              S(310000, "people", "approximately", None, "UK"),
              S(420, "reports", None, None, NE, "2022-04-01", "2023-03-31", "In 2022/23"),
              S(260, "reports", None, None, NE, "2021-04-01", "2022-03-31", "the year before")])
WM = "West Midlands"
A = ("2024-04-01", "2024-04-14", "from 1 to 14 April")
WMY = ("2023-04-01", "2024-03-31", "in the year to March 2024")
G["11_west-midlands-knife-amnesty"] = dict(
  entities=[E("FORCE", "West Midlands Police"),
            E("PERSON", "Nadia Rahman", ["Rahman"], ["Chief Superintendent", "Knife Crime Lead"]),
            E("PERSON", "Kieran O'Dowd", [], ["Police and Crime Commissioner"])],
  quotes=[Q("Nadia Rahman", "Every knife in one of these bins is a knife that can’t be used to hurt somebody. I want to thank every parent, every youth worker and every young person who made the choice to hand one in."),
          Q("Nadia Rahman", "We won’t be going anywhere,"),
          Q("Kieran O'Dowd", "encouraging but not a reason to relax")],
  statistics=[S(900, "knives and bladed weapons", "more than", None, WM, *A),
              S(20, "police stations", None, None, "Birmingham, Coventry, Wolverhampton and the Black Country", *A),
              S(6, "percent", None, "decrease", WM, *WMY),
              S(3000, "offences", "nearly", None, WM, *WMY)])
G["12_birmingham-mail-knife-amnesty-reprint"] = dict(
  entities=[E("FORCE", "West Midlands Police"),
            E("PERSON", "Nadia Rahman", [], ["Chief Superintendent", "Knife Crime Lead"]),
            E("PERSON", "Kieran O'Dowd", [], ["Police and Crime Commissioner"])],
  quotes=[Q("Nadia Rahman", "Every knife in one of these bins is a knife that can’t be used to hurt somebody. I want to thank every parent, every youth worker and every young persn who made the choice to hand one in."),
          Q("Kieran O'Dowd", "encouraging but not a reason to relax")],
  statistics=[S(900, "knives and bladed weapons", "more than", None, WM),
              S(20, "police stations", None, None, WM),
              S(6, "percent", None, "decrease", WM, *WMY)])
LE, LCC = "Leicester", "Leicester city centre"
MM = ("2023-03-01", "2023-05-31", "between March and May")
G["13_leicester-council-pspo"] = dict(
  entities=[E("ORG", "Leicester City Council"), E("FORCE", "Leicestershire Police"),
            E("PERSON", "Sanjay Mistry", ["Cllr Mistry"], ["Councillor", "Deputy City Mayor for Community Safety"]),
            E("PERSON", "Joanne Pike", [], ["Inspector"]),
            E("CHARITY", "Action Homeless")],
  quotes=[Q("Sanjay Mistry", "People told us loud and clear that they want to feel safe when they come into town. The order is one tool among many, and it is working."),
          Q("Joanne Pike", "It gives our officers the power to step in early, before things escalate.")],
  statistics=[S(100, "pounds", None, None, LE),
              S(1200, "people", "more than", None, LE, *MM),
              S(78, "percent", None, None, LE, *MM),
              S(2140, "reports", None, None, LCC, "2021-01-01", "2021-12-31", "in 2021"),
              S(1610, "reports", None, None, LCC, "2022-01-01", "2022-12-31", "in 2022"),
              S(25, "percent", "approximately", "decrease", LCC, "2021-01-01", "2022-12-31", "from ... in 2021 to ... in 2022"),
              S(2, "outreach workers", None, None, LE)])
G["14_leicester-mercury-pspo-reprint"] = dict(
  entities=[E("PERSON", "Priya Chauhan", [], ["Local Democracy Reporter"]),
            E("ORG", "Leicester City Council"), E("FORCE", "Leicestershire Police"),
            E("PERSON", "Sanjay Mistry", [], ["Councillor", "Deputy City Mayor for Community Safety"]),
            E("PERSON", "Joanne Pike", ["Insp Pike"], ["Inspector"])],
  quotes=[Q("Sanjay Mistry", "People told us loud and clear that they want to feel safe when they come into town. The order is one tool amongst many, and its working."),
          Q("Joanne Pike", "It gives our officers the power to step in early, before things escalate.")],
  statistics=[S(1200, "people", "more than", None, LE, *MM),
              S(78, "percent", None, None, LE, *MM),
              S(2140, "reports", None, None, LCC, "2021-01-01", "2021-12-31", "in 2021"),
              S(1610, "reports", None, None, LCC, "2022-01-01", "2022-12-31", "last year"),
              S(100, "pounds", None, None, LE)])

texts = HERE / "texts"
gold = HERE / "gold"
for stem, g in G.items():
    t = (texts / f"{stem}.txt").read_text()
    body = t.split("\n---\n", 1)[1]
    for q in g["quotes"]:
        assert q["text"] in body or stem.startswith(("11", "12")), (stem, q["text"])
    names = {e["name"] for e in g["entities"]}
    for q in g["quotes"]:
        assert q["speaker"] in names, (stem, q["speaker"])
    for e in g["entities"]:
        for a in [e["name"]] + e["aliases"]:
            if a not in body and not (stem.startswith("14") and a == "Joanne Pike"):
                print("not in text:", stem, a)
    out = {"source": f"{stem}.txt", **g}
    (gold / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
assert len(G) == len(list(texts.glob("*.txt"))) == 14
print("ok", len(G))
