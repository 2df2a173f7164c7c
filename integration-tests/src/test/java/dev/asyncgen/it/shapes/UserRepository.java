package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;

/** Inherits every method of {@code Repository<User, Long>} and adds one. */
@Async
public interface UserRepository extends Repository<User, Long> {
  List<User> findByName(String name);
}
