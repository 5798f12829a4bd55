import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

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
    // H2 commits every second and whenever 1 MB is unsaved; at 16 MB a bulk load rewrites far
    // fewer pages (inserts about 40% faster); a commit still follows each write within a second.
    // H2 keeps 16 MB of read pages by default, less than the demo data: most reads decoded pages
    // from the file again. A quarter of the heap holds the pages queries come back to.
    int cacheMegabytes = (int) (Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
    MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(16 * 1024).cacheSize(cacheMegabytes).open();
    MongoServer server = new MongoServer(new EngineBackend(store));
    server.bind(new InetSocketAddress("127.0.0.1", port));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    System.out.println("listening " + port);
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  private static void importEarlierFormat(Path earlier, Path file) throws IOException {
    System.err.println("importing " + earlier + " into " + file);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    MVStore from = new MVStore.Builder().fileName(earlier.toString()).readOnly().open();
    MVStore to = MVStore.open(partial.toString());
    for (String name : from.getMapNames()) {
      MVMap<Object, Object> source = from.openMap(name);
      MVMap<Object, Object> target = to.openMap(name, BsonTypes.forMap(name));
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
}
