package dev.sosik.article;

/** What readers did with an article: views, comments and the four reactions (기뻐요, 응원해요, 실망이에요, 슬퍼요). */
public record ArticleCounts(long views, long comments, long joy, long cheer, long disappointed, long sad) {

    public long reactions() {
        return joy + cheer + disappointed + sad;
    }
}
