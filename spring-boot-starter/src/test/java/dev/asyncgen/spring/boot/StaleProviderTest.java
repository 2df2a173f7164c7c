package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.spring.boot.app.Greeter;
import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.GreeterAsyncProvider;
import dev.asyncgen.spring.boot.app.Store;
import dev.asyncgen.spring.boot.app.StoreAsync;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A {@code META-INF/services} entry left by a partial build whose provider still loads but whose
 * interface is gone: skipped with a warning, and the other facades are registered.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaleProviderTest {

  @Test
  void aProviderWhoseInterfaceIsGoneIsSkippedWithAWarning(CapturedOutput output) {
    StarterContexts.runner()
        .withBean(Store.Numbers.class)
        .withClassLoader(new InterfaceGone(StaleProviderTest.class.getClassLoader()))
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(StoreAsync.class).doesNotHaveBean(GreeterAsync.class);
              assertThat(output)
                  .contains("Skipping a facade provider that cannot be loaded")
                  .contains(GreeterAsyncProvider.class.getName())
                  .contains("NoClassDefFoundError");
            });
  }

  /**
   * Loads {@code GreeterAsyncProvider} itself, where {@code Greeter} and {@code GreeterAsync} are
   * not found: as if their sources had been deleted and a partial build had kept the provider.
   */
  private static final class InterfaceGone extends ClassLoader {
    private static final Set<String> GONE = Set.of(Greeter.class.getName(), GreeterAsync.class.getName());
    private static final String STALE = GreeterAsyncProvider.class.getName();

    InterfaceGone(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (GONE.contains(name)) {
        throw new ClassNotFoundException(name);
      }
      if (!name.equals(STALE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          byte[] bytes = bytes(name.replace('.', '/') + ".class");
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded;
      }
    }

    private byte[] bytes(String resource) throws ClassNotFoundException {
      try (InputStream in = getParent().getResourceAsStream(resource)) {
        if (in == null) {
          throw new ClassNotFoundException(resource);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new ClassNotFoundException(resource, e);
      }
    }
  }
}
