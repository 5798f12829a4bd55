import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A non-unique index, which mongo-java-server otherwise accepts and ignores, so that every query
 * on a household or a county scans its collection. It maps the values of the index's first key
 * to the positions of the documents holding them: the prefix every compound index serves. It
 * narrows a query that names that key by equality or $in; the collection still matches each
 * candidate against the whole query, so an answer never depends on the index.
 *
 * It lives in memory and is rebuilt from the collection when the engine opens the data file
 * (the collection fills an empty index when it is added).
 */
final class PrefixIndex extends Index<Object> {
  private static final String ID_FIELD = "_id";

  private final String firstKey;
  private final Map<Object, Set<Object>> positionsByValue = new HashMap<>();
  private long entries;

  PrefixIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.firstKey = keys.get(0).getKey();
  }

  /** True when the query names the first key with a value or an $in list this index holds. */
  @Override
  public synchronized boolean canHandle(Document query) {
    return queriedValues(query) != null;
  }

  @Override
  public synchronized Iterable<Object> getPositions(Document query) {
    Set<Object> positions = new LinkedHashSet<>();
    for (Object value : queriedValues(query)) {
      positions.addAll(positionsByValue.getOrDefault(value, Set.of()));
    }
    return new ArrayList<>(positions);
  }

  /** How many candidates the query would read through this index: the collection picks the fewest. */
  synchronized long candidates(Document query) {
    long count = 0;
    for (Object value : queriedValues(query)) {
      count += positionsByValue.getOrDefault(value, Set.of()).size();
    }
    return count;
  }

  @Override
  public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
    for (Object value : indexedValues(document)) {
      if (positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position)) entries++;
    }
  }

  @Override
  public synchronized Object remove(Document document) {
    Object position = document.get(ID_FIELD);
    removeAt(document, position);
    return position;
  }

  @Override
  public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
      MongoCollection<Object> collection) {
    if (indexedValues(oldDocument).equals(indexedValues(newDocument))) return;
    removeAt(oldDocument, position);
    add(newDocument, position, collection);
  }

  private void removeAt(Document document, Object position) {
    for (Object value : indexedValues(document)) {
      Set<Object> positions = positionsByValue.get(value);
      if (positions != null && positions.remove(position)) {
        entries--;
        if (positions.isEmpty()) positionsByValue.remove(value);
      }
    }
  }

  /** The first key's values in a document; an array gives each of its elements, as MongoDB matches them. */
  private Set<Object> indexedValues(Document document) {
    Object value = Utils.getSubdocumentValueCollectionAware(document, firstKey);
    Set<Object> values = new LinkedHashSet<>();
    if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        if (isScalar(element)) values.add(normalized(element));
      }
    } else if (isScalar(value)) {
      values.add(normalized(value));
    }
    return values;
  }

  /** The normalized values the query asks of the first key, or null when this index cannot narrow it. */
  private static Collection<Object> queriedValues(Document query, String key) {
    Object queried = query.get(key);
    if (isScalar(queried)) return List.of(normalized(queried));
    if (!(queried instanceof Document)) return null;
    Document operators = (Document) queried;
    Object eq = operators.get("$eq");
    if (isScalar(eq)) return List.of(normalized(eq));
    Object in = operators.get("$in");
    if (!(in instanceof Collection)) return null;
    List<Object> values = new ArrayList<>();
    for (Object element : (Collection<?>) in) {
      if (!isScalar(element)) return null;
      values.add(normalized(element));
    }
    return values;
  }

  private Collection<Object> queriedValues(Document query) {
    return queriedValues(query, firstKey);
  }

  /** Values whose equality is plain value equality; null, documents, arrays and patterns match otherwise. */
  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof ObjectId || value instanceof Instant || value instanceof UUID;
  }

  private static Object normalized(Object value) {
    return new KeyValue(value).normalized().get(0);
  }

  @Override
  public Object getPosition(Document document) {
    return null; // the _id index locates documents
  }

  @Override
  public void checkAdd(Document document, MongoCollection<Object> collection) {
    // admits duplicates
  }

  @Override
  public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    // admits duplicates
  }

  @Override
  public synchronized long getCount() {
    return entries;
  }

  @Override
  public synchronized long getDataSize() {
    return entries;
  }

  @Override
  public synchronized void drop() {
    positionsByValue.clear();
    entries = 0;
  }
}
