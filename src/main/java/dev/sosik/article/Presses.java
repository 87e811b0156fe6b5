package dev.sosik.article;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The presses (언론사) the portal carries. */
@Repository
public class Presses {

    private static final String COLUMNS = "select id, code, name, homepage, copyright from press";

    private final JdbcClient jdbc;

    Presses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Press> all() {
        return jdbc.sql(COLUMNS + " order by name").query(Press.class).list();
    }

    public Optional<Press> findByCode(String code) {
        return jdbc.sql(COLUMNS + " where code = ?").param(code).query(Press.class).optional();
    }

    public Press add(String code, String name, String homepage, String copyright) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into press (code, name, homepage, copyright) values (?, ?, ?, ?)")
                .params(code, name, homepage, copyright)
                .update(keys, "id");
        return new Press(keys.getKeyAs(Long.class), code, name, homepage, copyright);
    }
}
