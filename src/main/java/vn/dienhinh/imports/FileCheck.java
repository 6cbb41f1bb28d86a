package vn.dienhinh.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.dienhinh.util.UserException;

/**
 * Tells what a file is before it is read as a workbook, so each kind of file that cannot be imported
 * gets its own plain message: missing, empty, legacy .xls, password-protected, damaged or cut short,
 * .xlsb, an OpenDocument or Word file, or not a spreadsheet at all.
 */
final class FileCheck {

    private FileCheck() {
    }

    /** Returns normally only for a readable .xlsx/.xlsm package with a workbook in it. */
    static void requireXlsx(Path file) {
        if (!Files.exists(file)) {
            throw new UserException("import.file.missing", file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserException("import.file.unreadable", file, Files.isDirectory(file) ? "thư mục" : "");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new UserException("import.file.empty", file.getFileName());
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UserException(e, "import.file.unreadable", file, String.valueOf(e.getMessage()));
        }
        switch (magic) {
            case OOXML:
                checkPackage(file);
                return;
            case OLE2:
                throw ole2(file);
            case BIFF2:
            case BIFF3:
            case BIFF4:
                throw new UserException("import.file.xls", file.getFileName());
            default:
                throw new UserException("import.file.notExcel", file.getFileName());
        }
    }

    /** A zip package: must be whole and hold a workbook (not a Word document or an OpenDocument sheet). */
    private static void checkPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return;
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new UserException("import.file.xlsb", file.getFileName());
            }
            if (zip.getEntry("content.xml") != null && zip.getEntry("mimetype") != null) {
                throw new UserException("import.file.ods", file.getFileName());
            }
            throw new UserException("import.file.notExcel", file.getFileName());
        } catch (ZipException e) {
            throw new UserException(e, "import.file.truncated", file.getFileName());
        } catch (IOException e) {
            throw new UserException(e, "import.file.truncated", file.getFileName());
        }
    }

    /** An OLE2 container: an encrypted .xlsx, a legacy .xls (perhaps with a password) or another Office file. */
    private static UserException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return new UserException("import.file.encrypted", file.getFileName());
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                    return new UserException("import.file.xls", file.getFileName());
                } catch (EncryptedDocumentException e) {
                    return new UserException(e, "import.file.encrypted", file.getFileName());
                } catch (RuntimeException | IOException e) {
                    return new UserException(e, "import.file.xls", file.getFileName());
                }
            }
            return new UserException("import.file.notExcel", file.getFileName());
        } catch (IOException | RuntimeException e) {
            return new UserException(e, "import.file.truncated", file.getFileName());
        }
    }
}
