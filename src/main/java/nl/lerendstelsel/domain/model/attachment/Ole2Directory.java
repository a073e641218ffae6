package nl.lerendstelsel.domain.model.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The directory of an OLE2 compound file (MS-CFB): the names of its storages and streams and the class id of its root,
 * enough to tell a Word, Excel or PowerPoint 97–2003 file from an installer or a file with macros. Reads only the header,
 * the FAT and the directory chain; every chain is bounded by the number of sectors, so a crafted file cannot make it
 * loop. A file it cannot read is reported as unreadable (empty), never half-read.
 */
final class Ole2Directory {

    private static final int END_OF_CHAIN = -2;
    private static final int MAX_DIRECTORY_ENTRIES = 100_000;

    /** The names of all storages and streams, in directory order. */
    final List<String> names;
    /** The root storage's class id as 16 bytes, as stored. */
    final byte[] rootClassId;

    private Ole2Directory(List<String> names, byte[] rootClassId) {
        this.names = names;
        this.rootClassId = rootClassId;
    }

    static Optional<Ole2Directory> read(byte[] file) {
        try {
            return Optional.ofNullable(parse(file));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Ole2Directory parse(byte[] file) {
        if (file.length < 512) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int shift = in.getShort(0x1E) & 0xFFFF;
        if (shift != 9 && shift != 12) {
            return null;
        }
        int sectorSize = 1 << shift;
        int sectors = (file.length - sectorSize) / sectorSize + ((file.length - sectorSize) % sectorSize == 0 ? 0 : 1);
        if (sectors <= 0) {
            return null;
        }
        List<Integer> fatSectors = new ArrayList<>();
        for (int i = 0; i < 109; i++) {
            int sector = in.getInt(0x4C + 4 * i);
            if (sector >= 0) {
                fatSectors.add(sector);
            }
        }
        int difat = in.getInt(0x44);
        int perDifat = sectorSize / 4 - 1;
        for (int hops = 0; difat >= 0 && hops <= sectors; hops++) {
            int offset = offset(difat, sectorSize, file.length);
            for (int i = 0; i < perDifat; i++) {
                int sector = in.getInt(offset + 4 * i);
                if (sector >= 0) {
                    fatSectors.add(sector);
                }
            }
            difat = in.getInt(offset + 4 * perDifat);
        }
        int perFat = sectorSize / 4;
        int[] fat = new int[Math.min(fatSectors.size() * perFat, sectors + perFat)];
        for (int k = 0; k < fatSectors.size() && k * perFat < fat.length; k++) {
            int offset = offset(fatSectors.get(k), sectorSize, file.length);
            for (int i = 0; i < perFat && k * perFat + i < fat.length; i++) {
                fat[k * perFat + i] = in.getInt(offset + 4 * i);
            }
        }
        List<String> names = new ArrayList<>();
        byte[] root = null;
        int sector = in.getInt(0x30);
        for (int hops = 0; sector != END_OF_CHAIN; hops++) {
            if (sector < 0 || sector >= fat.length || hops > sectors) {
                return null;
            }
            int offset = offset(sector, sectorSize, file.length);
            for (int entry = 0; entry < sectorSize / 128; entry++) {
                int at = offset + entry * 128;
                int type = file[at + 0x42];
                if (type == 0) {
                    continue;
                }
                int length = Math.min(in.getShort(at + 0x40) & 0xFFFF, 64);
                String name = new String(file, at, Math.max(0, length - 2), StandardCharsets.UTF_16LE);
                if (type == 5 && root == null) {
                    root = java.util.Arrays.copyOfRange(file, at + 0x50, at + 0x60);
                } else {
                    names.add(name);
                }
                if (names.size() > MAX_DIRECTORY_ENTRIES) {
                    return null;
                }
            }
            sector = fat[sector];
        }
        return root == null ? null : new Ole2Directory(List.copyOf(names), root);
    }

    private static int offset(int sector, int sectorSize, int fileLength) {
        long offset = (long) (sector + 1) * sectorSize;
        if (sector < 0 || offset >= fileLength) {
            throw new IllegalArgumentException("sector outside the file");
        }
        return (int) offset;
    }

    boolean has(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
