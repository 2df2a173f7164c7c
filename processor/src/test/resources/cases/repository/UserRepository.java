package com.example.users;

import dev.asyncgen.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

@Async
public interface UserRepository extends Repository<User, Long> {

  List<User> findByName(String name, int... limits);

  CompletableFuture<User> refresh(long id);
}
