-- A reader's reaction, comment vote and poll vote are found by their primary key (target, reader). H2 also keeps
-- an index of its own for the foreign key on the target alone, made before the primary key's, and when its
-- statistics once found each target with a single row (the first reactions: one per article) the two cost the
-- same and the first made wins: every reaction then walked all of its article's reactions (a third of a reaction's
-- time in the benchmark; a poll's every vote, on a poll with many). Made anew, the primary key's index comes
-- first, and a tie goes to it. PostgreSQL keeps no index for foreign keys; the tables are only made anew.

create table reaction_by_reader (
    article_id bigint                   not null,
    account_id bigint                   not null,
    type       varchar(16)              not null,
    chosen_at  timestamp with time zone not null,
    primary key (article_id, account_id)
);
insert into reaction_by_reader (article_id, account_id, type, chosen_at)
    select article_id, account_id, type, chosen_at from reaction;
drop table reaction;
alter table reaction_by_reader rename to reaction;
alter table reaction add constraint reaction_article foreign key (article_id) references article (id) on delete cascade;
alter table reaction add constraint reaction_account foreign key (account_id) references account (id);
create index reaction_chosen on reaction (chosen_at);

create table comment_vote_by_reader (
    comment_id bigint                   not null,
    account_id bigint                   not null,
    type       varchar(4)               not null,
    chosen_at  timestamp with time zone not null,
    primary key (comment_id, account_id)
);
insert into comment_vote_by_reader (comment_id, account_id, type, chosen_at)
    select comment_id, account_id, type, chosen_at from comment_vote;
drop table comment_vote;
alter table comment_vote_by_reader rename to comment_vote;
alter table comment_vote add constraint comment_vote_comment foreign key (comment_id) references comment (id)
    on delete cascade;
alter table comment_vote add constraint comment_vote_account foreign key (account_id) references account (id);

create table poll_vote_by_reader (
    poll_id    bigint                   not null,
    account_id bigint                   not null,
    option_id  bigint                   not null,
    voted_at   timestamp with time zone not null,
    primary key (poll_id, account_id)
);
insert into poll_vote_by_reader (poll_id, account_id, option_id, voted_at)
    select poll_id, account_id, option_id, voted_at from poll_vote;
drop table poll_vote;
alter table poll_vote_by_reader rename to poll_vote;
alter table poll_vote add constraint poll_vote_poll foreign key (poll_id) references poll (id);
alter table poll_vote add constraint poll_vote_account foreign key (account_id) references account (id);
alter table poll_vote add constraint poll_vote_option foreign key (option_id) references poll_option (id);
