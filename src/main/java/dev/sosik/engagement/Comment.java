package dev.sosik.engagement;

import java.time.OffsetDateTime;

/**
 * A comment or a reply (parentId set). Only a visible comment shows its text; a deleted or hidden one with replies
 * stays in the thread as a notice.
 */
public record Comment(long id, long articleId, Long parentId, long authorId, String authorNickname, String body,
                      CommentStatus status, long up, long down, long replies, OffsetDateTime createdAt) {

    public boolean isVisible() {
        return status == CommentStatus.VISIBLE;
    }

    public boolean isReply() {
        return parentId != null;
    }

    /** What readers see in place of the text. */
    public String shownBody() {
        return switch (status) {
            case VISIBLE -> body;
            case DELETED -> "삭제된 댓글입니다.";
            case HIDDEN -> "운영 원칙에 따라 숨겨진 댓글입니다.";
        };
    }
}
