import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

/**
 * Serves the MongoDB wire protocol on a loopback port with its data in one H2 MVStore file.
 * Usage: Launcher <port> <data-file> [<earlier-data-file>]. A data file of the earlier format
 * (Java-serialized, see BsonTypes) is imported once into a new data file and renamed
 * `*.imported`. Exits when its standard input closes, so it never outlives the process that
 * started it.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    if (args.length > 2 && !Files.exists(file) && Files.exists(Path.of(args[2]))) importEarlierFormat(Path.of(args[2]), file);
    H2Backend backend = new CopyOnWriteH2Backend(MVStore.open(file.toString()));
    MongoServer server = new MongoServer(backend);
    server.bind(new InetSocketAddress("127.0.0.1", port));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    System.out.println("listening " + port);
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  /** The map types by map name, as H2Database names its maps; other maps keep H2's default type. */
  static <K, V> MVMap.Builder<K, V> typesOf(String mapName) {
    MVMap.Builder<K, V> builder = new MVMap.Builder<>();
    if (mapName.startsWith(CopyOnWriteH2Database.DATA_PREFIX)) return withTypes(builder, BsonTypes.ValueType.INSTANCE, BsonTypes.DocumentType.INSTANCE);
    if (mapName.contains(CopyOnWriteH2Database.INDEX_INFIX)) return withTypes(builder, BsonTypes.KeyValueType.INSTANCE, BsonTypes.ValueType.INSTANCE);
    return builder;
  }

  @SuppressWarnings("unchecked")
  private static <K, V> MVMap.Builder<K, V> withTypes(MVMap.Builder<K, V> builder, DataType<?> keys, DataType<?> values) {
    return builder.keyType((DataType<? super K>) keys).valueType((DataType<? super V>) values);
  }

  private static void importEarlierFormat(Path earlier, Path file) throws IOException {
    System.err.println("importing " + earlier + " into " + file);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    MVStore from = new MVStore.Builder().fileName(earlier.toString()).readOnly().open();
    MVStore to = MVStore.open(partial.toString());
    for (String name : from.getMapNames()) {
      MVMap<Object, Object> source = from.openMap(name);
      MVMap<Object, Object> target = to.openMap(name, typesOf(name));
      source.forEach(target::put);
    }
    to.close();
    from.close();
    Files.move(partial, file);
    Files.move(earlier, earlier.resolveSibling(earlier.getFileName() + ".imported"));
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
    private static final String INDEX_INFIX = "._index_";

    CopyOnWriteH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
      super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      String name = getFullCollectionNamespace(collectionName);
      MVStore store = CopyOnWriteH2Backend.store;
      return new CopyOnWriteH2Collection(this, collectionName, options, store.openMap(DATA_PREFIX + name, typesOf(DATA_PREFIX + name)),
          store.openMap(META_PREFIX + name), cursorRegistry);
    }

    /** Opens the index's map with BSON key types first; H2Database then finds it open. */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      String name = getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
      CopyOnWriteH2Backend.store.openMap(name, typesOf(name));
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      return new PrefixIndex(indexName, keys, sparse);
    }

    /** An aggregation starts from its whole collection; a leading $match lets it start from an index instead. */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver, Oplog oplog) {
      Document match = command.equalsIgnoreCase("aggregate") ? leadingMatch(query.get("pipeline")) : null;
      if (match == null) return super.handleCommand(channel, command, query, resolver, oplog);
      LeadingMatch.offer(getFullCollectionNamespace(query.get(command).toString()), match);
      try {
        return super.handleCommand(channel, command, query, resolver, oplog);
      } finally {
        LeadingMatch.offer(null, null);
      }
    }

    private static Document leadingMatch(Object pipeline) {
      if (!(pipeline instanceof List) || ((List<?>) pipeline).isEmpty()) return null;
      Object first = ((List<?>) pipeline).get(0);
      if (!(first instanceof Document)) return null;
      Object match = ((Document) first).get("$match");
      return match instanceof Document ? (Document) match : null;
    }
  }

  /** The leading $match of the aggregation this thread runs, taken once by the collection it names. */
  static final class LeadingMatch {
    private static final ThreadLocal<String> namespace = new ThreadLocal<>();
    private static final ThreadLocal<Document> match = new ThreadLocal<>();

    static void offer(String collectionNamespace, Document query) {
      namespace.set(collectionNamespace);
      match.set(query);
    }

    static Document take(String collectionNamespace) {
      if (!Objects.equals(namespace.get(), collectionNamespace)) return null;
      Document query = match.get();
      offer(null, null);
      return query;
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

    /**
     * Reads through a unique index when the query names all its keys (the engine's own choice needs the query to
     * name nothing else, so `{_id, version}` scanned), else through the non-unique index with the fewest candidates.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
        Document fieldSelector) {
      PrefixIndex narrowest = null;
      long fewest = Long.MAX_VALUE;
      for (Index<Object> index : getIndexes()) {
        if (index instanceof PrefixIndex) {
          PrefixIndex prefix = (PrefixIndex) index;
          if (prefix.canHandle(query) && prefix.candidates(query) < fewest) {
            narrowest = prefix;
            fewest = prefix.candidates(query);
          }
          continue;
        }
        Document keyQuery = keysOf(index, query);
        if (keyQuery != null && index.canHandle(keyQuery)) {
          return matchDocuments(query, index.getPositions(keyQuery), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
      }
      if (narrowest == null) return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
      return matchDocuments(query, narrowest.getPositions(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The part of the query on the index's keys, or null when it leaves one out. */
    private static Document keysOf(Index<Object> index, Document query) {
      Document keyQuery = new Document();
      for (IndexKey key : index.getKeys()) {
        if (!query.containsKey(key.getKey())) return null;
        keyQuery.put(key.getKey(), query.get(key.getKey()));
      }
      return keyQuery;
    }

    @Override
    public Stream<Document> queryAllAsStream() {
      Document match = LeadingMatch.take(getFullName());
      if (match == null) return super.queryAllAsStream();
      return StreamSupport.stream(handleQuery(match).spliterator(), false);
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
