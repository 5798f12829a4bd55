import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;

/**
 * How the engine stores documents and keys in H2: as BSON, ordered by MongoDB's own comparison.
 * H2's default type writes them with Java serialization and, for keys that are not Comparable
 * (every unique index's), serializes both sides of each comparison of a lookup; that was most of
 * an insert's time.
 */
final class BsonTypes {
  private BsonTypes() {}

  // The map names H2Database uses.
  static final String DATA_PREFIX = "databases.";
  static final String META_PREFIX = "meta.";
  static final String INDEX_INFIX = "._index_";

  /** A map's key and value types by its name: documents by id, unique index keys to ids; other maps keep H2's types. */
  static <K, V> MVMap.Builder<K, V> forMap(String mapName) {
    MVMap.Builder<K, V> builder = new MVMap.Builder<>();
    if (mapName.startsWith(DATA_PREFIX)) return withTypes(builder, ValueType.INSTANCE, DocumentType.INSTANCE);
    if (mapName.contains(INDEX_INFIX)) return withTypes(builder, KeyValueType.INSTANCE, ValueType.INSTANCE);
    return builder;
  }

  @SuppressWarnings("unchecked")
  private static <K, V> MVMap.Builder<K, V> withTypes(MVMap.Builder<K, V> builder, DataType<?> keys, DataType<?> values) {
    return builder.keyType((DataType<? super K>) keys).valueType((DataType<? super V>) values);
  }

  private static final ValueComparator ORDER = ValueComparator.asc();

  /** MongoDB's order of two values; two strings or two ObjectIds, the common keys, skip its type lookup. */
  static int compare(Object a, Object b) {
    if (a instanceof String && b instanceof String) return ((String) a).compareTo((String) b);
    if (a instanceof ObjectId && b instanceof ObjectId) return ((ObjectId) a).compareTo((ObjectId) b);
    return ORDER.compare(a, b);
  }

  private static ByteBuf encoded(Document document) {
    ByteBuf out = Unpooled.buffer(256);
    BsonEncoder.encodeDocument(document, out);
    return out;
  }

  static void writeDocument(WriteBuffer buff, Document document) {
    ByteBuf out = encoded(document);
    buff.putVarInt(out.readableBytes()).put(out.nioBuffer());
  }

  static Document readDocument(ByteBuffer buff) {
    int length = DataUtils.readVarInt(buff);
    ByteBuffer bytes = buff.slice().limit(length);
    buff.position(buff.position() + length);
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  /** Values in order as one BSON document with fields "0", "1"…; Missing (a null _id) is a field left out. */
  static void writeValues(WriteBuffer buff, List<?> values) {
    Document holder = new Document();
    for (int i = 0; i < values.size(); i++) {
      if (!(values.get(i) instanceof Missing)) holder.put(String.valueOf(i), values.get(i));
    }
    buff.putVarInt(values.size());
    writeDocument(buff, holder);
  }

  static List<Object> readValues(ByteBuffer buff) {
    int size = DataUtils.readVarInt(buff);
    Document holder = readDocument(buff);
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String field = String.valueOf(i);
      values.add(holder.containsKey(field) ? holder.get(field) : Missing.getInstance());
    }
    return values;
  }

  /** A collection's documents. */
  static final class DocumentType extends BasicDataType<Document> {
    static final DocumentType INSTANCE = new DocumentType();

    @Override
    public int getMemory(Document document) {
      return 64 + 2 * encoded(document).readableBytes(); // sampled by H2, not computed per entry
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
      writeDocument(buff, document);
    }

    @Override
    public Document read(ByteBuffer buff) {
      return readDocument(buff);
    }

    @Override
    public int compare(Document a, Document b) {
      return BsonTypes.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
      return new Document[size];
    }
  }

  /** One BSON value: an _id (a collection's key) or a position (an index's value). */
  static final class ValueType extends BasicDataType<Object> {
    static final ValueType INSTANCE = new ValueType();

    @Override
    public int getMemory(Object value) {
      return 32 + (value instanceof String ? 2 * ((String) value).length() : 16);
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
      writeValues(buff, Collections.singletonList(value));
    }

    @Override
    public Object read(ByteBuffer buff) {
      return readValues(buff).get(0);
    }

    @Override
    public int compare(Object a, Object b) {
      return BsonTypes.compare(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
      return new Object[size];
    }
  }

  /** A unique index's key: its fields' values in order, compared field by field. */
  static final class KeyValueType extends BasicDataType<KeyValue> {
    static final KeyValueType INSTANCE = new KeyValueType();

    @Override
    public int getMemory(KeyValue key) {
      return 48 + 24 * key.size();
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
      writeValues(buff, key.stream().toList());
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
      return new KeyValue(readValues(buff));
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = BsonTypes.compare(a.get(i), b.get(i));
        if (c != 0) return c;
      }
      return Integer.compare(a.size(), b.size());
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }
}
