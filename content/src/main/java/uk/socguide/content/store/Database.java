package uk.socguide.content.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import uk.socguide.content.ConversationStore;

/**
 * The entry point to the content module: opens the database (an H2 file by default, an in-memory H2
 * for tests, or any JDBC URL such as PostgreSQL), brings its schema up to date with the Flyway
 * migrations on the classpath under {@code db/migration}, and hands out the stores built on it.
 *
 * <pre>{@code
 * try (Database db = Database.h2File(Path.of("data/soc-guide"))) {
 *   db.files().loadSeed();
 *   ContentRelease live = db.content().published();
 * }
 * }</pre>
 *
 * Other modules may add their own tables with migrations numbered V100 and up.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final String url;
  private final Clock clock;
  private final ContentStore content;
  private final Drafts drafts;
  private final AuditLog audit;
  private final Inbox inbox;
  private final ConversationStore conversations;
  private final ContentFiles files;

  private Database(HikariDataSource dataSource, String url, Clock clock) {
    this.dataSource = dataSource;
    this.url = url;
    this.clock = clock;
    Jdbc jdbc = new Jdbc(dataSource);
    Editing editing = new Editing(clock);
    this.content = new ContentStore(jdbc, editing);
    this.drafts = new Drafts(jdbc, editing, content);
    this.audit = new AuditLog(jdbc, clock);
    this.inbox = new Inbox(jdbc, editing);
    this.conversations = new JdbcConversationStore(jdbc, clock);
    this.files = new ContentFiles(jdbc, editing, content);
  }

  /**
   * An H2 database in files next to {@code basePath} (for {@code data/soc-guide}, the file is
   * {@code data/soc-guide.mv.db}), created if it does not exist. One process at a time.
   */
  public static Database h2File(Path basePath) {
    return builder().h2File(basePath).open();
  }

  /** An H2 database in this process's memory, kept until {@link #close()}. */
  public static Database inMemory(String name) {
    return builder().inMemory(name).open();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The live content, publishing and restoring. */
  public ContentStore content() {
    return content;
  }

  /** The working copy, saving and the review workflow. */
  public Drafts drafts() {
    return drafts;
  }

  public AuditLog audit() {
    return audit;
  }

  /** Unanswered questions and feedback: written by the dialogue engine, read by editors. */
  public Inbox inbox() {
    return inbox;
  }

  public ConversationStore conversations() {
    return conversations;
  }

  /** Seed loading, import and export. */
  public ContentFiles files() {
    return files;
  }

  /** The pool, for modules that keep their own tables in the same database. */
  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url;
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    if (url.startsWith("jdbc:h2:mem:")) {
      // an in-memory database outlives its connections (DB_CLOSE_DELAY=-1); drop it now
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        // already gone
      }
    }
    dataSource.close();
  }

  /** How to open a database. */
  public static final class Builder {
    private String url;
    private String user = "";
    private String password = "";
    private Clock clock = Clock.systemUTC();
    private int maxPoolSize = 8;

    private Builder() {}

    public Builder h2File(Path basePath) {
      this.url =
          "jdbc:h2:file:"
              + basePath.toAbsolutePath().normalize()
              + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
      return this;
    }

    public Builder inMemory(String name) {
      this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
      return this;
    }

    /** Any JDBC URL whose driver is on the classpath. */
    public Builder url(String jdbcUrl) {
      this.url = jdbcUrl;
      return this;
    }

    public Builder credentials(String user, String password) {
      this.user = user;
      this.password = password;
      return this;
    }

    /** The clock for revision and audit times and review-by checks (UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    public Builder maxPoolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pool size must be at least 1");
      }
      this.maxPoolSize = size;
      return this;
    }

    /**
     * Opens the database and migrates its schema.
     *
     * @throws DatabaseException when it cannot be opened or migrated
     */
    public Database open() {
      if (url == null) {
        throw new IllegalStateException("say which database: h2File, inMemory or url");
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(maxPoolSize);
      config.setMinimumIdle(Math.min(2, maxPoolSize));
      config.setPoolName("soc-guide-db");
      HikariDataSource ds;
      try {
        ds = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new DatabaseException(
            "could not open the database at " + redact(url) + ": " + e.getMessage(), e);
      }
      try {
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration")
            .loggers("slf4j")
            .load()
            .migrate();
        return new Database(ds, url, clock);
      } catch (RuntimeException e) {
        ds.close();
        throw e instanceof DatabaseException
            ? e
            : new DatabaseException(
                "could not prepare the database at " + redact(url) + ": " + e.getMessage(), e);
      }
    }

    /** The URL without any password given in it. */
    private static String redact(String url) {
      return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
  }
}
