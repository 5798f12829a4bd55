import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** mongo-java-server's H2 backend with this engine's collections, stored types and indexes. */
final class EngineBackend extends H2Backend {
  /** The one store of this process; H2Database's constructor opens collections before a subclass could keep it. */
  private static MVStore store;

  EngineBackend(MVStore mvStore) {
    super(remember(mvStore));
  }

  private static MVStore remember(MVStore mvStore) {
    store = mvStore;
    return mvStore;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName, store, getCursorRegistry());
  }

  static final class Database extends H2Database {
    Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
      super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      String namespace = getFullCollectionNamespace(collectionName);
      String data = BsonTypes.DATA_PREFIX + namespace;
      return new EngineCollection(this, collectionName, options, store.openMap(data, BsonTypes.forMap(data)),
          store.openMap(BsonTypes.META_PREFIX + namespace), cursorRegistry);
    }

    /** Opens the index's map with BSON key types first; H2Database then finds it open. */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      openIndexMap(collectionName, indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      return new PrefixIndex(indexName, keys, sparse, openIndexMap(collectionName, indexName));
    }

    /** Named as H2Database names its index maps, so dropping the index or the database removes it. */
    private MVMap<KeyValue, Object> openIndexMap(String collectionName, String indexName) {
      String name = getFullCollectionNamespace(collectionName) + BsonTypes.INDEX_INFIX + indexName;
      return store.openMap(name, BsonTypes.forMap(name));
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
        LeadingMatch.withdraw();
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
    private record Offer(String namespace, Document match) {}

    private static final ThreadLocal<Offer> offered = new ThreadLocal<>();

    static void offer(String collectionNamespace, Document query) {
      offered.set(new Offer(collectionNamespace, query));
    }

    static void withdraw() {
      offered.remove();
    }

    static Document take(String collectionNamespace) {
      Offer offer = offered.get();
      if (offer == null || !offer.namespace().equals(collectionNamespace)) return null;
      withdraw();
      return offer.match();
    }
  }
}
