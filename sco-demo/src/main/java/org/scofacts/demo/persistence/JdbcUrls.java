package org.scofacts.demo.persistence;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/** What the demo reads from and adds to a JDBC URL: secrets to hide when it is shown, timeouts for its driver. */
final class JdbcUrls {

    /** {@code password=...}, {@code sslpassword=...}, {@code ;PASSWORD=...} up to the next setting. */
    private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i)([?&;]\\s*\\w*password\\s*=)[^&;]*");
    /** {@code //user:secret@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@]*?:)[^/?;@]*@");
    private static final String HIDDEN = "***";

    private JdbcUrls() {
    }

    /**
     * A URL as the demo shows it: any password in it (a {@code password} setting, or user info such as
     * {@code //me:secret@host}) replaced by {@code ***}.
     *
     * @param url the URL
     * @return the URL without secrets
     */
    static String withoutSecrets(String url) {
        String shown = PASSWORD_SETTING.matcher(url).replaceAll("$1" + HIDDEN);
        return USER_INFO.matcher(shown).replaceAll("$1" + HIDDEN + "@");
    }

    /**
     * The driver settings that bound every wait on the server: connecting, logging in, and each answer. A
     * setting the URL already has is left to the URL.
     *
     * @param url     the URL
     * @param timeout the bound
     * @return the settings, for {@link java.sql.DriverManager#getConnection(String, Properties)} and Hibernate
     */
    static Properties timeouts(String url, Duration timeout) {
        Properties p = new Properties();
        String upper = url.toUpperCase(Locale.ROOT);
        String seconds = Long.toString(timeout.toSeconds());
        if (url.startsWith("jdbc:postgresql:")) {
            // The driver reads these in seconds; a setting in the URL takes precedence over these.
            p.setProperty("connectTimeout", seconds);
            p.setProperty("loginTimeout", seconds);
            p.setProperty("socketTimeout", seconds);
        } else if (url.startsWith("jdbc:h2:") && isH2Remote(upper) && !upper.contains("NETWORK_TIMEOUT")) {
            // Milliseconds, for the socket's reads (H2 refuses a setting given both here and in the URL). H2 bounds
            // connecting by its own system property h2.socketConnectTimeout, 2 s by default.
            p.setProperty("NETWORK_TIMEOUT", Long.toString(timeout.toMillis()));
        }
        return p;
    }

    /** Whether an H2 URL reaches a server over the network (tcp:, ssl:, or a file another process may serve). */
    private static boolean isH2Remote(String upperUrl) {
        return upperUrl.startsWith("JDBC:H2:TCP:") || upperUrl.startsWith("JDBC:H2:SSL:")
                || upperUrl.contains("AUTO_SERVER=TRUE");
    }
}
