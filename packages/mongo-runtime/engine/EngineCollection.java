import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection that plans its reads: through an index where one narrows the query, in `_id`
 * order without sorting where the query asks for it (the documents are stored in that order),
 * and with updates that never change a document a reader holds.
 */
final class EngineCollection extends H2Collection {
  private static final ThreadLocal<Boolean> updating = ThreadLocal.withInitial(() -> false);
  private static final String ID = "_id";

  private final MVMap<Object, Document> documents;

  EngineCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
      MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
    super(database, name, options, documents, meta, cursorRegistry);
    this.documents = documents;
  }

  /*
   * The H2 backend hands out the stored document objects themselves, and an update changed them
   * in place after the collection's lock was released by the reader that held them: a
   * findAndModify could return a later writer's value, and a read could see half an update. Here
   * an update works on a copy that replaces the stored object.
   */

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

  /**
   * Reads through a unique index when the query (or one of its $and terms) names all its keys,
   * else through the non-unique index with the fewest candidates, else the whole collection. The
   * engine's own choice needed the query to name nothing but the index's keys, so `{_id, version}`
   * and every `$and` scanned.
   */
  @Override
  protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
      Document fieldSelector) {
    PrefixIndex narrowest = null;
    Document narrowestTerm = null;
    long fewest = Long.MAX_VALUE;
    for (Document term : terms(query)) {
      for (Index<Object> index : getIndexes()) {
        if (index instanceof PrefixIndex) {
          PrefixIndex prefix = (PrefixIndex) index;
          long candidates = prefix.canHandle(term) ? prefix.candidates(term) : Long.MAX_VALUE;
          if (candidates < fewest) {
            narrowest = prefix;
            narrowestTerm = term;
            fewest = candidates;
          }
          continue;
        }
        Document keyQuery = keysOf(index, term);
        if (keyQuery != null && index.canHandle(keyQuery)) {
          return matchDocuments(query, index.getPositions(keyQuery), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
      }
    }
    if (narrowest == null) return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    return matchDocuments(query, narrowest.getPositions(narrowestTerm), orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /** The query and the terms of its top-level $and: a document matching it matches each. */
  private static List<Document> terms(Document query) {
    List<Document> terms = new ArrayList<>(List.of(query));
    if (query.get("$and") instanceof Collection) {
      for (Object term : (Collection<?>) query.get("$and")) {
        if (term instanceof Document) terms.addAll(terms((Document) term));
      }
    }
    return terms;
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

  /** A whole-collection read in `_id` order walks the stored order, from the query's lower bound on `_id`. */
  @Override
  protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
      Document fieldSelector) {
    Boolean ascending = idOrder(orderBy);
    if (ascending == null) return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    Cursor<Object, Document> cursor = documents.cursor(ascending ? lowerIdBound(query) : null, null, !ascending);
    Stream<Document> inOrder = StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
        .map(id -> cursor.getValue());
    return matchDocumentsFromStream(query, inOrder, numberToSkip, limit, batchSize, null, fieldSelector);
  }

  /** An index's candidates in `_id` order are sorted by their positions, which are their ids, before any is read. */
  @Override
  protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
      int limit, int batchSize, Document fieldSelector) {
    Boolean ascending = idOrder(orderBy);
    if (ascending == null) return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    Object from = ascending ? lowerIdBound(query) : null;
    List<Object> ids = new ArrayList<>();
    for (Object position : positions) {
      if (from == null || ValueComparator.asc().compare(position, from) >= 0) ids.add(position);
    }
    ids.sort(ascending ? ValueComparator.asc() : ValueComparator.desc());
    Stream<Document> inOrder = ids.stream().map(this::getDocument).filter(Objects::nonNull);
    return matchDocumentsFromStream(query, inOrder, numberToSkip, limit, batchSize, null, fieldSelector);
  }

  /** True for a sort on `_id` ascending, false descending, null for any other order (or none). */
  private Boolean idOrder(Document orderBy) {
    if (orderBy == null || orderBy.size() != 1 || !ID.equals(getIdField())) return null;
    Object direction = orderBy.get(ID);
    if (!(direction instanceof Number)) return null;
    return ((Number) direction).intValue() == 1 ? Boolean.TRUE : ((Number) direction).intValue() == -1 ? Boolean.FALSE : null;
  }

  /** The least `_id` the query admits ($gt or $gte on `_id`, here or in its $and), or null. */
  private static Object lowerIdBound(Document query) {
    for (Document term : terms(query)) {
      if (!(term.get(ID) instanceof Document)) continue;
      Document range = (Document) term.get(ID);
      Object bound = range.containsKey("$gt") ? range.get("$gt") : range.get("$gte");
      if (bound instanceof String || bound instanceof ObjectId) return bound;
    }
    return null;
  }

  @Override
  public Stream<Document> queryAllAsStream() {
    Document match = EngineBackend.LeadingMatch.take(getFullName());
    if (match == null) return super.queryAllAsStream();
    return StreamSupport.stream(handleQuery(match).spliterator(), false);
  }
}
