package org.scofacts.demo.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.ValidationMode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.scofacts.data.ScoDataset;
import org.scofacts.demo.message.Messages;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * The SCO dataset in a relational database through Jakarta Persistence (Hibernate ORM), bootstrapped
 * with a {@link PersistenceConfiguration}: no application server, no {@code persistence.xml}.
 *
 * <p>Opening a database changes nothing there; {@link #save(ScoDataset)} replaces the {@code sco_*} tables'
 * contents with a dataset in one transaction (creating the tables when missing); {@link #load()} reads it back through JPQL; {@link #jpql()} answers
 * questions in JPQL. Closing a {@linkplain DatabaseTarget#temporary() temporary} database drops it.
 */
public final class ScoDatabase implements AutoCloseable {

    /** Every entity class, for the persistence configuration. */
    static final List<Class<?>> ENTITIES = Stream.concat(
            Stream.of(DatasetInfoEntity.class, CountryEntity.class, SourceEntity.class, FactEntity.class),
            EntityMapper.MAPPINGS.stream().map(EntityMapping::entityType)).collect(Collectors.toUnmodifiableList());

    /**
     * The PostgreSQL driver logs URLs it cannot parse on standard error; the demo's one line says it instead.
     * Held here, where a database is first touched, so that runs without a database never start
     * {@code java.util.logging}.
     */
    private static final Logger PGJDBC = Logger.getLogger("org.postgresql");

    static {
        PGJDBC.setLevel(Level.OFF);
    }

    private final DatabaseTarget target;
    private final EntityManagerFactory emf;
    private final JpqlQueries jpql;
    private final ExportTables tables;

    private ScoDatabase(DatabaseTarget target, EntityManagerFactory emf, ExportTables tables) {
        this.target = target;
        this.emf = emf;
        this.tables = tables;
        this.jpql = new JpqlQueries(emf);
    }

    /**
     * Connects to a database; its tables are left as they are until {@link #save(ScoDataset)}.
     *
     * @param target where the database is
     * @return the open database
     * @throws DatabaseException if the URL is malformed, no driver accepts it, the database cannot be
     *                           reached or the tables cannot be created
     */
    public static ScoDatabase open(DatabaseTarget target) {
        String url = connectionUrl(target.jdbcUrl());
        Product product = checkReachable(target, url);
        StringWriter createScript = new StringWriter();
        PersistenceConfiguration config = new PersistenceConfiguration("sco-facts")
                .property(PersistenceConfiguration.JDBC_URL, url)
                // No DDL when connecting: save() replaces the tables' contents in one transaction (ExportTables).
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "none")
                .property(PersistenceConfiguration.SCHEMAGEN_SCRIPTS_ACTION, "create")
                .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, createScript)
                // Enums as varchar (see EnumsAsVarchar, which Hibernate finds as a service).
                .property(MappingSettings.PREFER_NATIVE_ENUM_TYPES, "false")
                .property("hibernate.show_sql", "false")
                .property("hibernate.jdbc.batch_size", "100")
                .property("hibernate.order_inserts", "true")
                .property("hibernate.connection.pool_size", "4")
                // Start-up: the probe has just read which database this is, so Hibernate picks its dialect from
                // that instead of opening a connection of its own to read the JDBC metadata again.
                .property(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false")
                .property(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, product.name())
                .property(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(product.major()))
                .property(JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(product.minor()))
                // No entity maps a JSON or XML column: without these, Hibernate builds a Jackson ObjectMapper
                // (searching the class path for Jackson modules) and a JAXB mapper at every start.
                .property(MappingSettings.JSON_FORMAT_MAPPER, NoFormatMapper.INSTANCE)
                .property(MappingSettings.XML_FORMAT_MAPPER, NoFormatMapper.INSTANCE)
                // The entities are annotated classes listed below: no orm.xml to look for.
                .property(MappingSettings.XML_MAPPING_ENABLED, "false")
                // No Bean Validation provider is bundled: do not look for one.
                .validationMode(ValidationMode.NONE);
        target.user().ifPresent(u -> config.property(PersistenceConfiguration.JDBC_USER, u));
        target.password().ifPresent(p -> config.property(PersistenceConfiguration.JDBC_PASSWORD, p));
        // Hibernate's connection pool hands hibernate.connection.* settings to the driver.
        JdbcUrls.timeouts(url, target.timeout())
                .forEach((k, v) -> config.property("hibernate.connection." + k, v));
        ENTITIES.forEach(config::managedClass);
        EntityManagerFactory emf;
        try {
            emf = config.createEntityManagerFactory();
        } catch (RuntimeException e) {
            throw new DatabaseException(Messages.cannotSetUp(target.toString(), e), false, e);
        }
        return new ScoDatabase(target, emf, new ExportTables(createScript.toString()));
    }

    /**
     * A new in-memory H2 database holding a dataset.
     *
     * @param data the dataset
     * @return the open database
     */
    public static ScoDatabase inMemory(ScoDataset data) {
        ScoDatabase db = open(DatabaseTarget.inMemory());
        try {
            db.save(data);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * The URL to connect with. For a new embedded H2 database file, H2 is told not to keep a trace file: when it
     * cannot create the database (a directory it cannot write, a path through a regular file), it would report
     * that it cannot write the trace file either, with a stack trace on standard error, past the demo's one
     * line. Only for a new file: on an existing database that setting needs admin rights.
     */
    static String connectionUrl(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
            return url;
        }
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("[a-zA-Z]{2,}:.*")) {
            return url; // mem:, tcp:, ssl:, zip: ... keep no file here
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        try {
            return Files.exists(Path.of(name + ".mv.db")) ? url : url + ";TRACE_LEVEL_FILE=0";
        } catch (java.nio.file.InvalidPathException e) {
            return url;
        }
    }

    private static Product checkReachable(DatabaseTarget target, String connectionUrl) {
        String url = target.jdbcUrl();
        String shown = JdbcUrls.withoutSecrets(url);
        if (!url.matches("jdbc:[a-zA-Z0-9]+:.+")) {
            throw new DatabaseException(Messages.malformedUrl(shown), true, null);
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            // A bundled driver's prefix that its driver refuses (such as port 99999) is a URL typed wrong.
            throw new DatabaseException(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:")
                    ? Messages.urlRefused(shown, Messages.urlProblem(e)) : Messages.noDriver(shown), true, e);
        }
        Properties props = JdbcUrls.timeouts(url, target.timeout());
        target.user().ifPresent(u -> props.setProperty("user", u));
        target.password().ifPresent(p -> props.setProperty("password", p));
        // For drivers that read no timeout setting of their own.
        DriverManager.setLoginTimeout((int) target.timeout().toSeconds());
        try (Connection probe = DriverManager.getConnection(connectionUrl, props)) {
            DatabaseMetaData meta = probe.getMetaData();
            return new Product(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                    meta.getDatabaseMinorVersion());
        } catch (SQLException e) {
            throw connectFailure(target, shown, e);
        }
    }

    private static DatabaseException connectFailure(DatabaseTarget target, String shownUrl, SQLException e) {
        if (Messages.isTypedWrong(e) && !String.valueOf(e.getSQLState()).startsWith("28")) {
            return new DatabaseException(Messages.urlRefused(shownUrl, Messages.urlProblem(e)), true, e);
        }
        if (Messages.isMissingPassword(e)) {
            return new DatabaseException(Messages.passwordWanted(target.toString(), target.user().isPresent()), true,
                    e);
        }
        if (Messages.isTimeout(e)) {
            return new DatabaseException(Messages.noAnswer(target.toString(), target.timeout()), false, e);
        }
        return new DatabaseException(Messages.cannotConnect(target.toString(), e), Messages.isTypedWrong(e), e);
    }

    /** Which database a URL reaches, as its JDBC metadata names it. */
    private record Product(String name, int major, int minor) {
    }

    /**
     * Replaces what the {@code sco_*} tables hold with a dataset, in one transaction: until it commits, the
     * tables hold the previous dataset, complete; on failure, or if the process is killed, they still do.
     * The tables are created when missing (see {@link ExportTables} for the one case where that cannot be
     * part of the transaction). A second save at the same time waits for the first, or fails with nothing
     * changed.
     *
     * @param data the dataset
     * @throws DatabaseException if the rows cannot be written; the transaction is then rolled back
     */
    public void save(ScoDataset data) {
        List<Object> entities = EntityMapper.toEntities(data);
        AtomicBoolean intoNewTables = new AtomicBoolean();
        UnaryOperator<String> redirect = sql -> intoNewTables.get() ? tables.intoNewTables(sql) : sql;
        try (Session session = emf.unwrap(SessionFactory.class).withOptions().statementInspector(redirect)
                .openSession()) {
            Transaction tx = session.getTransaction();
            tx.begin();
            try {
                ExportTables.Plan plan = session.doReturningWork(tables::prepare);
                intoNewTables.set(plan == ExportTables.Plan.INTO_NEW_TABLES);
                entities.forEach(session::persist);
                tx.commit();
                if (intoNewTables.getAndSet(false)) {
                    tx.begin();
                    session.doWork(tables::swapIn);
                    tx.commit();
                }
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw new DatabaseException(Messages.cannotSave(target.toString(), e), false, e);
            }
        }
    }

    /**
     * Reads the whole dataset back through JPQL and validates it as {@link ScoDataset} always does.
     *
     * @return the dataset the tables hold
     * @throws DatabaseException if the tables hold no dataset
     */
    public ScoDataset load() {
        try (EntityManager em = emf.createEntityManager()) {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            em.unwrap(Session.class).doWork(tables::finishInterruptedSwap);
            tx.commit();
            List<DatasetInfoEntity> info = em.createQuery("select i from DatasetInfo i", DatasetInfoEntity.class)
                    .getResultList();
            if (info.size() != 1) {
                throw new DatabaseException(Messages.notOneDataset(target.toString(), info.size()));
            }
            List<Country> countries = em.createQuery("select c from Country c", CountryEntity.class)
                    .getResultList().stream().map(EntityMapper::toRecord).toList();
            List<Source> sources = em.createQuery("select s from Source s", SourceEntity.class)
                    .getResultList().stream().map(EntityMapper::toRecord).toList();
            List<Fact> facts = em.createQuery("select distinct f from Fact f left join fetch f.sources",
                    FactEntity.class).getResultList().stream().map(EntityMapper::toRecord).toList();
            return ScoDataset.builder().version(info.get(0).version).checkedThrough(info.get(0).checkedThrough)
                    .countries(countries).sources(sources).facts(facts).build();
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            // Rows the database changed after the export (a trigger, another program) may not make a valid
            // dataset: the model's checks fail then, and the message says it was while reading back.
            throw new DatabaseException(Messages.cannotLoad(target.toString(), e), false, e);
        }
    }

    /**
     * The questions of the demo, asked in JPQL.
     *
     * @return the queries over this database
     */
    public JpqlQueries jpql() {
        return jpql;
    }

    /**
     * Where the database is.
     *
     * @return the target
     */
    public DatabaseTarget target() {
        return target;
    }

    /** Closes the connections; a temporary in-memory database is dropped. */
    @Override
    public void close() {
        emf.close();
        if (target.temporary()) {
            try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
        }
    }
}
