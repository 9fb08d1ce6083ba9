-- The statistics for one area, with the period each covers and the sentence that states it.
SELECT value, unit, qualifier, change, measure, period_start, period_end, sentence
FROM statistic_facts
WHERE area = 'North West'
ORDER BY period_start, period_end, value;
