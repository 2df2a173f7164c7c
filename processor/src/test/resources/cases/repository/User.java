package com.example.users;

public record User(long id, String name) {}
