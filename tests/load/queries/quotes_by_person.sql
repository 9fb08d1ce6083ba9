-- All quotes by one person, with the outlets (sources, titles, sites, dates) that carried them.
SELECT speaker, quote, source, title, site, published
FROM quote_outlets
WHERE speaker = 'Alan Barr'
ORDER BY quote, source;
