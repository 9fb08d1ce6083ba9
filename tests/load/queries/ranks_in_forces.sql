-- Who holds which rank in which force.
SELECT organisation AS force, person, title
FROM people_roles
WHERE organisation_type = 'FORCE'
ORDER BY force, person, title;
