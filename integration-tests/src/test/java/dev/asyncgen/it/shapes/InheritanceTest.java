package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Methods inherited from generic super-interfaces, with their type variables substituted. */
class InheritanceTest {

  static final class InMemoryUsers implements UserRepository {
    private final Map<Long, User> users = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> findById(Long id) {
      return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized List<User> findAll() {
      return new ArrayList<>(users.values());
    }

    @Override
    public synchronized <S extends User> S save(S entity) {
      users.put(entity.id(), entity);
      return entity;
    }

    @Override
    public synchronized void deleteById(Long id) {
      users.remove(id);
    }

    @Override
    public synchronized List<User> findAllById(Long... ids) {
      return Arrays.stream(ids).map(users::get).collect(Collectors.toList());
    }

    @Override
    public synchronized List<User> findByName(String name) {
      return users.values().stream()
          .filter(u -> u.name().equals(name))
          .collect(Collectors.toList());
    }
  }

  @Test
  void inheritedGenericMethodsWorkWithSubstitutedTypes() {
    UserRepositoryAsync users = UserRepositoryAsync.of(new InMemoryUsers());
    User ada = new User(1, "ada");
    CompletableFuture<User> saved = users.save(ada);
    assertSame(ada, await(saved));
    await(users.save(new User(2, "bob")));

    CompletableFuture<Optional<User>> found = users.findById(1L);
    assertEquals(Optional.of(ada), await(found));
    assertEquals(
        List.of("ada", "bob"),
        await(users.findAll()).stream().map(User::name).collect(Collectors.toList()));
    assertEquals(true, await(users.exists(2L)), "the inherited default method");
    assertEquals(List.of(ada), await(users.findByName("ada")));
    assertEquals(2, await(users.findAllById(1L, 2L)).size(), "inherited varargs, substituted");
    await(users.deleteById(2L));
    assertEquals(false, await(users.exists(2L)));
  }

  @Test
  void userRepositorySignatures() throws Exception {
    Signatures.assertFacadeContract(UserRepositoryAsync.class, UserRepository.class);
    assertEquals(
        List.of(
            "<S extends User> save(S) -> CompletableFuture<S>",
            "deleteById(Long) -> CompletableFuture<Void>",
            "exists(Long) -> CompletableFuture<Boolean>",
            "findAll() -> CompletableFuture<List<User>>",
            "findAllById(Long...) -> CompletableFuture<List<User>>",
            "findById(Long) -> CompletableFuture<Optional<User>>",
            "findByName(String) -> CompletableFuture<List<User>>"),
        Signatures.of(UserRepositoryAsync.class));
  }

  /** Inside, {@code List} is the member type inherited from {@link Base}, not java.util's. */
  static final class FirstPicker implements Picker<String> {
    @Override
    public <T> T pick(String a, T t) {
      return t;
    }

    @Override
    public <T extends String> Base.List<T> only(java.util.List<? extends T> ts) {
      class Listed extends ArrayList<T> implements Base.List<T> {
        private static final long serialVersionUID = 1L;
      }
      Listed out = new Listed();
      out.addAll(ts);
      return out;
    }

    @Override
    public String own(String t) {
      return t + "!";
    }
  }

  @Test
  void aSuperInterfaceMethodTypeVariableNamedLikeTheInterfaceOne() throws Exception {
    PickerAsync<String> picker = PickerAsync.of(new FirstPicker());
    // pick's own T is Integer here, while Picker's T is String.
    CompletableFuture<Integer> picked = picker.pick("ignored", 42);
    assertEquals(42, await(picked));
    CompletableFuture<Base.List<String>> only = picker.only(List.of("x"));
    assertEquals(List.of("x"), await(only));
    assertEquals("a!", await(picker.own("a")));

    Signatures.assertFacadeContract(PickerAsync.class, Picker.class);
    List<String> signatures = Signatures.of(PickerAsync.class);
    assertEquals(3, signatures.size(), signatures.toString());
    assertEquals("own(T) -> CompletableFuture<T>", signatures.get(2));
    // The method's variable, whatever it is called, is not the interface's T.
    String pick = signatures.stream().filter(s -> s.contains(" pick(")).findFirst().orElseThrow();
    String v = pick.substring(1, pick.indexOf('>'));
    assertEquals("<" + v + "> pick(T, " + v + ") -> CompletableFuture<" + v + ">", pick);
    assertEquals(false, v.equals("T"), pick);
    String onlyMethod =
        signatures.stream().filter(s -> s.contains(" only(")).findFirst().orElseThrow();
    String w = onlyMethod.substring(1, onlyMethod.indexOf(' '));
    assertEquals(
        "<"
            + w
            + " extends T> only(List<? extends "
            + w
            + ">) -> CompletableFuture<Base$List<"
            + w
            + ">>",
        onlyMethod);
  }
}
