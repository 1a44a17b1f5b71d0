package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GIVEN a JDBC URL WHEN the demo shows it or connects with it THEN no password shows and every wait is bounded. */
class JdbcUrlsTest {

    @Test
    void password_settings_and_user_info_are_hidden_and_the_rest_kept() {
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db:5432/sco?user=me&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/sco?user=me&password=***&ssl=true");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db/sco?sslpassword=k3y&PASSWORD=x"))
                .isEqualTo("jdbc:postgresql://db/sco?sslpassword=***&PASSWORD=***");
        assertThat(JdbcUrls.withoutSecrets("jdbc:h2:tcp://db/~/sco;USER=sa;PASSWORD=hunter2;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://db/~/sco;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://me:hunter2@db:5432/sco"))
                .isEqualTo("jdbc:postgresql://me:***@db:5432/sco");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db:5432/sco")).isEqualTo("jdbc:postgresql://db:5432/sco");
    }

    @Test
    void target_prints_without_the_password_of_its_url() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:h2:mem:x;PASSWORD=hunter2", "sa", "other-secret");

        assertThat(target.toString()).isEqualTo("jdbc:h2:mem:x;PASSWORD=*** as sa");
        assertThat(target.displayName()).isEqualTo("jdbc:h2:mem:x;PASSWORD=***");
    }

    @Test
    void postgresql_gets_connect_login_and_read_timeouts_in_seconds() {
        assertThat(JdbcUrls.timeouts("jdbc:postgresql://db/sco", Duration.ofSeconds(7)))
                .containsEntry("connectTimeout", "7").containsEntry("loginTimeout", "7")
                .containsEntry("socketTimeout", "7").hasSize(3);
    }

    @Test
    void h2_server_gets_a_network_timeout_in_milliseconds_unless_its_url_sets_one() {
        assertThat(JdbcUrls.timeouts("jdbc:h2:tcp://db/~/sco", Duration.ofSeconds(7)))
                .containsEntry("NETWORK_TIMEOUT", "7000").hasSize(1);
        assertThat(JdbcUrls.timeouts("jdbc:h2:./sco;AUTO_SERVER=TRUE", Duration.ofSeconds(7))).hasSize(1);
        assertThat(JdbcUrls.timeouts("jdbc:h2:tcp://db/~/sco;network_timeout=100", Duration.ofSeconds(7))).isEmpty();
        assertThat(JdbcUrls.timeouts("jdbc:h2:mem:sco", Duration.ofSeconds(7))).as("no network").isEmpty();
    }
}
