import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * Serves the MongoDB wire protocol on a loopback port with its data in one H2 MVStore file.
 * Usage: Launcher <port> <data-file>. Exits when its standard input closes, so it never
 * outlives the process that started it.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    H2Backend backend = new CopyOnWriteH2Backend(MVStore.open(file.toString()));
    MongoServer server = new MongoServer(backend);
    server.bind(new InetSocketAddress("127.0.0.1", port));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    System.out.println("listening " + port);
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // nothing is expected on stdin; its end means the parent is gone
      }
    } catch (IOException ignored) {
      // a broken pipe means the same
    }
  }

  /**
   * The H2 backend hands out the stored document objects themselves, and an update changes
   * them in place after the collection's lock is released by the reader that holds them: a
   * findAndModify could return a later writer's value, and a read could see half an update.
   * Here an update works on a copy that replaces the stored object, so what a reader or a
   * findAndModify caller holds never changes under it.
   */
  static final class CopyOnWriteH2Backend extends H2Backend {
    /** The one store of this process; H2Database's constructor opens collections before a subclass could keep it. */
    private static MVStore store;

    CopyOnWriteH2Backend(MVStore mvStore) {
      super(remember(mvStore));
    }

    private static MVStore remember(MVStore mvStore) {
      store = mvStore;
      return mvStore;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
      return new CopyOnWriteH2Database(databaseName, store, getCursorRegistry());
    }
  }

  static final class CopyOnWriteH2Database extends H2Database {
    // The map names H2Database uses, so existing data files open unchanged.
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    CopyOnWriteH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
      super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      String name = getFullCollectionNamespace(collectionName);
      MVStore store = CopyOnWriteH2Backend.store;
      return new CopyOnWriteH2Collection(this, collectionName, options, store.openMap(DATA_PREFIX + name), store.openMap(META_PREFIX + name), cursorRegistry);
    }
  }

  static final class CopyOnWriteH2Collection extends H2Collection {
    private static final ThreadLocal<Boolean> updating = ThreadLocal.withInitial(() -> false);

    CopyOnWriteH2Collection(MongoDatabase database, String name, CollectionOptions options,
        org.h2.mvstore.MVMap<Object, Document> dataMap, org.h2.mvstore.MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
      super(database, name, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    public synchronized Document findAndModify(Document query) {
      return whileUpdating(() -> super.findAndModify(query));
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
        boolean isMulti, boolean isUpsert, Oplog oplog) {
      return whileUpdating(() -> super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog));
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
        int limit, int batchSize, Comparator<Document> comparator, Document fieldSelector) {
      if (updating.get()) documents = documents.filter(d -> documentMatchesQuery(d, query)).map(Document::cloneDeeply);
      return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, comparator, fieldSelector);
    }

    private static <T> T whileUpdating(Supplier<T> update) {
      updating.set(true);
      try {
        return update.get();
      } finally {
        updating.set(false);
      }
    }
  }
}
