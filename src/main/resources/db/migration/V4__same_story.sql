-- Articles of different presses reporting the same event share a story: the id of the story's first article.
alter table article add column story_id bigint;
create index article_story on article (story_id);
