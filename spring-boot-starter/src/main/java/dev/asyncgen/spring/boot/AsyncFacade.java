package dev.asyncgen.spring.boot;

import java.util.Locale;

/**
 * A facade bean the starter registers: the facade of {@code syncInterface} over the bean {@code
 * delegateBeanName}.
 *
 * @param beanName the facade bean's name: the delegate's, then {@code Async}, e.g. {@code
 *     httpDownloaderAsync}
 * @param delegateBeanName the bean that implements the {@code @Async} interface
 * @param syncInterface the {@code @Async} interface, e.g. {@code Downloader}
 * @param facadeInterface the generated facade, e.g. {@code DownloaderAsync}
 */
public record AsyncFacade(
    String beanName, String delegateBeanName, Class<?> syncInterface, Class<?> facadeInterface) {

  /**
   * The key of this facade's properties, {@code asyncgen.facades.<key>.*}: the interface's simple
   * name in kebab case, e.g. {@code downloader} for {@code Downloader}, {@code file-repository}
   * for {@code FileRepository}.
   */
  public String propertyKey() {
    return kebabCase(syncInterface.getSimpleName());
  }

  static String kebabCase(String name) {
    StringBuilder kebab = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean wordStart =
          Character.isUpperCase(c)
              && i > 0
              && (Character.isLowerCase(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (wordStart) {
        kebab.append('-');
      }
      kebab.append(Character.toLowerCase(c));
    }
    return kebab.toString().toLowerCase(Locale.ROOT);
  }
}
