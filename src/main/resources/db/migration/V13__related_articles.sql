-- Each article's related articles (관련 기사), found when it is stored (the same search that finds its same-story
-- candidates) and when a newer article finds it among its most alike, instead of at the first view of its page,
-- where that search was a third of an uncached page. Best first, comma-separated "id:weight"; the page leaves out
-- the story's versions and shows the first five.
create table article_related (
    article_id  bigint        primary key references article (id),
    related     varchar(2000) not null
);
