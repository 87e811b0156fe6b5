-- An article page lists the first versions of its story by publication time: the index gives them in that order,
-- however many versions a story has.
drop index article_story;
create index article_story on article (story_id, published_at, id);
