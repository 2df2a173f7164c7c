package dev.asyncgen.it.shapes;

import java.util.List;
import java.util.Optional;

/** A generic super-interface, not annotated itself. */
public interface Repository<E, ID> {
  Optional<E> findById(ID id);

  List<E> findAll();

  <S extends E> S save(S entity);

  void deleteById(ID id);

  default boolean exists(ID id) {
    return findById(id).isPresent();
  }

  @SuppressWarnings("unchecked")
  List<E> findAllById(ID... ids);
}
