import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index, which mongo-java-server otherwise accepts and ignores, so that every query
 * on a household or a county scanned its collection. It keeps one entry per document and value
 * of the index's first key, `(value, _id)`, in an H2 map ordered as MongoDB orders values: the
 * prefix every compound index serves. It narrows a query that names that key by equality or
 * $in; the collection still matches each candidate against the whole query, so an answer never
 * depends on the index. Being an H2 map, it is stored with the data and paged in and out of
 * memory like it.
 */
final class PrefixIndex extends Index<Object> {
  private static final String ID_FIELD = "_id";

  private final String firstKey;
  private final MVMap<KeyValue, Object> entries;

  PrefixIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<KeyValue, Object> entries) {
    super(name, keys, sparse);
    this.firstKey = keys.get(0).getKey();
    this.entries = entries;
  }

  /** True when the query names the first key with a value or an $in list this index holds. */
  @Override
  public boolean canHandle(Document query) {
    return queriedValues(query, firstKey) != null;
  }

  /** The candidates' positions, which are their ids, in id order for each queried value. */
  @Override
  public Iterable<Object> getPositions(Document query) {
    Set<Object> positions = new LinkedHashSet<>();
    for (Object value : queriedValues(query, firstKey)) {
      Cursor<KeyValue, Object> cursor = entries.cursor(new KeyValue(value));
      while (cursor.hasNext()) {
        KeyValue entry = cursor.next();
        if (BsonTypes.compare(entry.get(0), value) != 0) break;
        positions.add(entry.get(1));
      }
    }
    return positions;
  }

  /** How many candidates the query would read through this index, counted without reading them. */
  long candidates(Document query) {
    long count = 0;
    for (Object value : queriedValues(query, firstKey)) {
      count += rank(new KeyValue(value, MaxKey.getInstance())) - rank(new KeyValue(value));
    }
    return count;
  }

  /** How many entries sort before the key. */
  private long rank(KeyValue key) {
    long index = entries.getKeyIndex(key);
    return index < 0 ? -index - 1 : index;
  }

  @Override
  public void add(Document document, Object position, MongoCollection<Object> collection) {
    for (Object value : indexedValues(document)) entries.put(new KeyValue(value, position), Boolean.TRUE);
  }

  @Override
  public Object remove(Document document) {
    Object position = document.get(ID_FIELD);
    removeAt(document, position);
    return position;
  }

  @Override
  public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
    if (indexedValues(oldDocument).equals(indexedValues(newDocument))) return;
    removeAt(oldDocument, position);
    add(newDocument, position, collection);
  }

  private void removeAt(Document document, Object position) {
    for (Object value : indexedValues(document)) entries.remove(new KeyValue(value, position));
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
  public long getCount() {
    return entries.sizeAsLong();
  }

  @Override
  public long getDataSize() {
    return entries.sizeAsLong();
  }

  @Override
  public void drop() {
    entries.clear();
  }
}
