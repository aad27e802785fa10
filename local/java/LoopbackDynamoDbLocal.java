import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Starts DynamoDB Local listening on one address (the system property `etip.dynamodb.host`)
 * instead of every interface.
 *
 * Why: DynamoDB Local takes any credentials, so whoever reaches its port reads every report.
 * Its jar has no bind option: `DynamoDBProxyServer` builds `new org.eclipse.jetty.server.Server(port)`,
 * whose one `ServerConnector` has no host and binds the wildcard address, and neither Jetty nor
 * the JVM reads a system property that would change that (`-Djetty.host` is a setting of Jetty's
 * own distribution, not of an embedded server). Jetty's connector takes a host until it starts,
 * so this builds the server the way the jar's own `ServerRunner` does, sets the host on its
 * connector, and starts it. Telemetry is never configured here, so none is sent either.
 *
 * Compiled once by `local/src/dynamodb-local-launcher.ts` against the jar it runs with.
 */
public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) {
    String host = System.getProperty("etip.dynamodb.host");
    try {
      if (host == null || host.isEmpty()) throw new IllegalArgumentException("-Detip.dynamodb.host is required");
      DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
      // No accessor exposes the Jetty server; the field has had this name since DynamoDB Local 1.x.
      Field field = DynamoDBProxyServer.class.getDeclaredField("server");
      field.setAccessible(true);
      Server server = (Server) field.get(proxy);
      for (Connector connector : server.getConnectors()) {
        // A connector of another kind would keep listening everywhere: refuse to start instead.
        if (!(connector instanceof ServerConnector)) throw new IllegalStateException("unexpected connector " + connector);
        ((ServerConnector) connector).setHost(host);
      }
      // safeStart, unlike start, throws when the port cannot be bound rather than printing and going on.
      proxy.safeStart();
      for (Connector connector : server.getConnectors()) {
        ServerConnector bound = (ServerConnector) connector;
        System.out.println("DynamoDB Local listens on " + bound.getHost() + ":" + bound.getLocalPort() + " only");
      }
    } catch (Throwable error) {
      System.err.println("DynamoDB Local could not start on " + host + ": " + error);
      error.printStackTrace();
      // Jetty's threads would keep a half-started JVM alive.
      System.exit(1);
    }
  }
}
