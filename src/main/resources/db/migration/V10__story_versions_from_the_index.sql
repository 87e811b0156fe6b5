-- A story's published versions, in publication order, and their count, read from the index alone: with the
-- status only in the table, counting a story of a few hundred versions read every one of their rows per page view.
drop index article_story;
create index article_story on article (story_id, status, published_at, id);
