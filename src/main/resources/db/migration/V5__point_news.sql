-- Point news (포인트 뉴스): articles that pay reading points. An admin or a rule sets the flag (rankings),
-- the rewards side reads it.
alter table article add column point_news boolean default false not null;
create index article_point_news on article (point_news, published_at);
