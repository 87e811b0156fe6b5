-- Rankings: views that came from a ranking list (counted, but left out of the scores), admins' pins on
-- {section} 주요뉴스, who decided an article's point-news flag, and indexes for the windowed counts.
alter table article_counter add column ranking_views bigint default 0 not null;

-- An article an admin put at the head of its section's 주요뉴스 until a given time.
create table ranking_pin (
    article_id   bigint primary key references article (id) on delete cascade,
    pinned_until timestamp with time zone not null,
    pinned_at    timestamp with time zone not null,
    pinned_by    bigint references account (id)
);

-- Who set article.point_news: 'admin' (never overridden by the rule) or 'rule'.
create table point_news_decision (
    article_id bigint primary key references article (id) on delete cascade,
    decided_by varchar(10)              not null,
    decided_at timestamp with time zone not null
);

-- 댓글 많은 뉴스 and 반응 많은 뉴스 count rows of the last hours.
create index comment_created on comment (created_at);
create index reaction_chosen on reaction (chosen_at);
