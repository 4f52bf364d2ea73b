package dev.zonec.driver;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Swaps two folders in one system call, so that at every instant each path names a whole folder: Linux
 * {@code renameat2(…, RENAME_EXCHANGE)} (3.15 and newer, on ext4, xfs, btrfs, tmpfs, overlayfs and most local file
 * systems), macOS {@code renamex_np(…, RENAME_SWAP)}. The JDK has no such call before its foreign-function API, so
 * JNA reaches the C library. A file system or OS without it is {@link Unsupported}: the caller refuses rather than
 * replace a folder in two steps.
 */
final class FolderSwap {

    private FolderSwap() {}

    /** Neither path was changed: this system or file system cannot swap atomically. */
    static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why);
        }
    }

    private interface LinuxC extends Library {
        int renameat2(int oldDir, byte[] oldPath, int newDir, byte[] newPath, int flags) throws LastErrorException;
    }

    private interface MacC extends Library {
        int renamex_np(byte[] from, byte[] to, int flags) throws LastErrorException;
    }

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2; // linux/fs.h
    private static final int RENAME_SWAP = 2; // macOS stdio.h
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EOPNOTSUPP = Platform.isMac() ? 102 : 95;
    private static final int ENOTSUP_MAC = 45;

    /** Exchanges {@code a} and {@code b}, both of which exist; afterwards each names what the other did. */
    static void exchange(Path a, Path b) throws IOException {
        byte[] from = cString(a);
        byte[] to = cString(b);
        try {
            if (Platform.isLinux()) {
                Native.load("c", LinuxC.class).renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
            } else if (Platform.isMac()) {
                Native.load("c", MacC.class).renamex_np(from, to, RENAME_SWAP);
            } else {
                throw new Unsupported("this operating system cannot swap two folders in one step");
            }
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP || (Platform.isMac() && errno == ENOTSUP_MAC)) {
                throw new Unsupported("the file system of `" + b + "` cannot swap two folders in one step");
            }
            throw new IOException("cannot swap `" + a + "` and `" + b + "`: " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError e) {
            throw new Unsupported("the C library has no call to swap two folders in one step (" + e.getMessage() + ")");
        }
    }

    /** The path as the OS takes it: the JDK's file-name encoding, NUL-terminated. */
    private static byte[] cString(Path path) {
        String encoding = System.getProperty("sun.jnu.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        byte[] bytes = path.toString().getBytes(charset);
        return Arrays.copyOf(bytes, bytes.length + 1);
    }
}
