package dev.asyncgen.spring.boot;

import dev.asyncgen.spi.FacadeProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Registers a facade bean for every bean that implements an {@code @Async} interface, unless the
 * application defines a bean of that facade type itself.
 *
 * <p>How it finds the facades: the processor writes a {@link FacadeProvider} for every facade and
 * lists it in {@code META-INF/services/dev.asyncgen.spi.FacadeProvider}; this reads that list
 * with {@link ServiceLoader}, so it scans no class path. It then asks the bean factory for the
 * type of each bean definition (without creating any bean) and matches it against the providers'
 * interfaces. The facade is built by the provider's {@code create}, plain generated code: no
 * reflection.
 *
 * <p>It runs once every bean definition is in, after the configuration classes are parsed, and
 * before any bean is created.
 */
final class FacadeRegistrar
    implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, BeanClassLoaderAware, Ordered {

  private static final Log LOG = LogFactory.getLog(FacadeRegistrar.class);

  private Environment environment;
  private ClassLoader classLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after every other registrar has added its definitions
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    // The types are only known once every registrar has run: see postProcessBeanFactory.
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
      return;
    }
    AsyncgenProperties properties =
        Binder.get(environment).bind("asyncgen", AsyncgenProperties.class).orElseGet(AsyncgenProperties::new);
    List<LoadedProvider> providers = providers();
    Map<LoadedProvider, List<String>> delegates = new LinkedHashMap<>();
    for (String name : beanFactory.getBeanDefinitionNames()) {
      Class<?> type = candidateType(beanFactory, name);
      if (type == null) {
        continue;
      }
      for (LoadedProvider provider : providers) {
        if (provider.syncInterface().isAssignableFrom(type)) {
          delegates.computeIfAbsent(provider, p -> new ArrayList<>()).add(name);
        }
      }
    }
    List<AsyncFacade> registered = new ArrayList<>();
    for (Map.Entry<LoadedProvider, List<String>> entry : delegates.entrySet()) {
      LoadedProvider provider = entry.getKey();
      String[] own = beanFactory.getBeanNamesForType(provider.facadeInterface(), true, false);
      if (own.length > 0) {
        LOG.debug("Not registering " + provider.facadeInterface().getName() + " facades: the application defines " + String.join(", ", own));
        continue;
      }
      for (String delegate : entry.getValue()) {
        AsyncFacade facade =
            new AsyncFacade(
                beanName(registry, delegate, provider),
                delegate,
                provider.syncInterface(),
                provider.facadeInterface());
        AsyncgenProperties.Facade settings = properties.facade(facade);
        if (settings != null && !settings.isEnabled()) {
          continue;
        }
        registry.registerBeanDefinition(
            facade.beanName(), definition(beanFactory, facade, provider.provider()));
        registered.add(facade);
      }
    }
    beanFactory.registerSingleton(FacadeCatalog.BEAN_NAME, new FacadeCatalog(registered));
  }

  /**
   * The application's facade providers, with their interfaces loaded. One that cannot be loaded,
   * or whose interfaces cannot (a stale entry: the interface was deleted or renamed, and a partial
   * build kept the provider), is skipped.
   */
  private List<LoadedProvider> providers() {
    List<LoadedProvider> providers = new ArrayList<>();
    Iterator<FacadeProvider> loaded = ServiceLoader.load(FacadeProvider.class, classLoader).iterator();
    while (true) {
      FacadeProvider provider = null;
      try {
        if (!loaded.hasNext()) {
          return providers;
        }
        provider = loaded.next();
        providers.add(new LoadedProvider(provider, provider.syncInterface(), provider.facadeInterface()));
      } catch (ServiceConfigurationError | LinkageError stale) {
        LOG.warn(
            "Skipping a facade provider that cannot be loaded (rebuild to refresh the list): "
                + (provider == null ? "" : provider.getClass().getName() + ": ")
                + stale);
      }
    }
  }

  /** A provider and the interfaces it names, loaded once. */
  private record LoadedProvider(FacadeProvider provider, Class<?> syncInterface, Class<?> facadeInterface) {}

  /** The type of a bean that may get a facade, or {@code null} for one that may not. */
  private static Class<?> candidateType(ConfigurableListableBeanFactory beanFactory, String name) {
    BeanDefinition definition = beanFactory.getBeanDefinition(name);
    if (definition.isAbstract()
        || !definition.isSingleton()
        || !definition.isAutowireCandidate()
        || definition.getRole() == BeanDefinition.ROLE_INFRASTRUCTURE
        || ScopedProxyUtils.isScopedTarget(name)) {
      return null;
    }
    return beanFactory.getType(name, false); // never creates a bean to learn its type
  }

  private static String beanName(BeanDefinitionRegistry registry, String delegate, LoadedProvider provider) {
    String name = delegate + "Async";
    return registry.containsBeanDefinition(name)
        ? delegate + "." + provider.facadeInterface().getSimpleName()
        : name;
  }

  private static RootBeanDefinition definition(
      ConfigurableListableBeanFactory beanFactory, AsyncFacade facade, FacadeProvider provider) {
    // Merged: a child definition has its parent's primary, qualifiers and the rest.
    BeanDefinition delegate = beanFactory.getMergedBeanDefinition(facade.delegateBeanName());
    RootBeanDefinition definition = new RootBeanDefinition(facade.facadeInterface());
    definition.setTargetType(facadeType(beanFactory, facade));
    definition.setInstanceSupplier(
        () -> {
          Object created =
              provider.create(
                  beanFactory.getBean(facade.delegateBeanName()),
                  options -> beanFactory.getBean(FacadeOptionsFactory.class).configure(facade, options));
          beanFactory.registerDependentBean(facade.delegateBeanName(), facade.beanName());
          return created;
        });
    definition.setPrimary(delegate.isPrimary());
    definition.setFallback(delegate.isFallback());
    // A delegate left out of unqualified injection (@Bean(defaultCandidate = false)) leaves its
    // facade out too, else DownloaderAsync would be ambiguous beside the main bean's. Qualifiers
    // held in the definition (registered in code, or in XML) are carried; qualifier annotations
    // on the class or @Bean method are not in it: such a facade is injected by its bean name.
    if (delegate instanceof AbstractBeanDefinition held) { // always, in Spring's own bean factories
      definition.setDefaultCandidate(held.isDefaultCandidate());
      definition.copyQualifiersFrom(held);
    }
    definition.setLazyInit(delegate.isLazyInit());
    definition.setDescription("asyncgen facade of bean '" + facade.delegateBeanName() + "'");
    return definition;
  }

  /**
   * {@code RepoAsync<User>} for a delegate that implements {@code Repo<User>}, so that injection
   * points with type arguments match; the facade has the interface's type variables, in order.
   */
  private static ResolvableType facadeType(ConfigurableListableBeanFactory beanFactory, AsyncFacade facade) {
    if (facade.facadeInterface().getTypeParameters().length == 0) {
      return ResolvableType.forClass(facade.facadeInterface());
    }
    ResolvableType delegate = beanFactory.getMergedBeanDefinition(facade.delegateBeanName()).getResolvableType();
    if (delegate.resolve() == null) {
      delegate = ResolvableType.forClass(beanFactory.getType(facade.delegateBeanName(), false));
    }
    ResolvableType asInterface = delegate.as(facade.syncInterface());
    ResolvableType[] arguments = asInterface.getGenerics();
    if (arguments.length != facade.facadeInterface().getTypeParameters().length
        || asInterface.hasUnresolvableGenerics()) {
      return ResolvableType.forClass(facade.facadeInterface());
    }
    return ResolvableType.forClassWithGenerics(facade.facadeInterface(), arguments);
  }
}
