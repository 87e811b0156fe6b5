-- The rankings last computed, kept so that a starting instance shows them at once: computing them first made the
-- first page of a site with 100,000 articles wait for seconds. One row, replaced at every computation.
create table ranking_snapshot (
    id          int                      primary key,
    computed_at timestamp with time zone not null,
    rankings    varchar                  not null
);
