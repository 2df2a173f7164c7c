package dev.asyncgen.cmp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one class file refers to, read from its constant pool (JVMS §4.4): every string constant
 * and name, and every method it calls. Enough to show, without running anything, whether a class
 * can reach {@code java.lang.reflect} or look things up by name.
 */
public record ConstantPool(List<String> utf8, List<String> methodRefs) {

  /** Methods as {@code owner.name}, e.g. {@code java/lang/Class.forName}. */
  public static ConstantPool read(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] strings = new String[count];
    int[] classNames = new int[count];
    int[][] nameAndTypes = new int[count][];
    List<int[]> refs = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> strings[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // takes two entries
        }
        case 7 -> classNames[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 10, 11 -> refs.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
        case 9, 17, 18 -> in.readInt();
        case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    List<String> utf8 = new ArrayList<>();
    for (String s : strings) {
      if (s != null) {
        utf8.add(s);
      }
    }
    List<String> methods = new ArrayList<>();
    for (int[] ref : refs) {
      String owner = strings[classNames[ref[0]]];
      String name = strings[nameAndTypes[ref[1]][0]];
      methods.add(owner + "." + name);
    }
    return new ConstantPool(List.copyOf(utf8), List.copyOf(methods));
  }

  /** Whether any name, descriptor or string constant mentions {@code fragment}. */
  public boolean mentions(String fragment) {
    return utf8.stream().anyMatch(s -> s.contains(fragment));
  }

  /** Whether the class calls {@code owner.name}, e.g. {@code java/lang/Class.forName}. */
  public boolean calls(String ownerDotName) {
    return methodRefs.contains(ownerDotName);
  }
}
