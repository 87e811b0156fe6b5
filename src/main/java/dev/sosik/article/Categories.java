package dev.sosik.article;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal's sections. They are fixed by the schema's migrations, so they are read once and kept. */
@Repository
public class Categories {

    private final JdbcClient jdbc;
    private volatile List<Category> all;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        List<Category> loaded = all;
        if (loaded == null) {
            loaded = jdbc.sql("select code, name from category order by position")
                    .query(Category.class)
                    .list();
            all = loaded;
        }
        return loaded;
    }

    public Optional<Category> find(String code) {
        return all().stream().filter(category -> category.code().equals(code)).findFirst();
    }

    /** A section by its code (economy) or, as presses often write it, by its name (경제). */
    public Optional<Category> findByCodeOrName(String codeOrName) {
        return find(codeOrName).or(() -> all().stream()
                .filter(category -> category.name().equals(codeOrName)).findFirst());
    }
}
