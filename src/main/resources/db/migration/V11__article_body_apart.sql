-- An article's body is read for one article at a time (its page, tagging, indexing), while lists, rankings,
-- headlines and same-story versions read thousands of rows for their titles and times. Kept in the article row,
-- H2 read and decoded every body with any column of its row (a quarter of an uncached article page, and most of
-- the ranking computation at 100,000 articles): bodies live in a table of their own.
create table article_body (
    article_id bigint primary key references article (id) on delete cascade,
    body_html  varchar not null
);

insert into article_body (article_id, body_html) select id, body_html from article;

alter table article drop column body_html;
