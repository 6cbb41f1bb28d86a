package vn.dienhinh.ui.certificate;

import java.util.List;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** What the screens call to print certificates and to edit the layouts of the blanks. */
public final class CertificateActions {

    private final CertificateService service;
    private final CertificateOutput output;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CertificatePrintDialog.PdfExport pdf;

    public CertificateActions(CertificateService service, CertificateOutput output, TaskRunner tasks, Dialogs dialogs,
                              CertificatePrintDialog.PdfExport pdf) {
        this.service = service;
        this.output = output;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.pdf = pdf;
    }

    /** In giấy khen for a decided nomination: one page per recipient of its decision. */
    public void nomination(long id) {
        tasks.run(null, () -> service.formOf(id), form -> CertificatePrintDialog.open(dialogs, tasks, service, output, pdf,
                new CertificatePrintDialog.Source(Messages.get("certprint.nominationHeader", id),
                        vn.dienhinh.util.FileNames.safe(Messages.get("certprint.nominationFile", id)), form, line -> service.forNomination(id, line))));
    }

    /** In giấy khen for the commendations chosen, in their order. */
    public void commendations(List<Long> ids) {
        List<Long> chosen = List.copyOf(ids);
        tasks.run(null, () -> service.formOfCommendations(chosen), form -> CertificatePrintDialog.open(dialogs, tasks,
                service, output, pdf, new CertificatePrintDialog.Source(Messages.get("certprint.commendationsHeader",
                        chosen.size()), vn.dienhinh.util.FileNames.safe(Messages.get("certprint.commendationsFile",
                        service.today())), form,
                        line -> service.forCommendations(chosen, line))));
    }

    /** Bố trí phôi, showing first the layout of {@code formId} when there is one. */
    public void editLayouts(Long formId) {
        LayoutEditor.open(dialogs.owner(), service, output, formId, () -> { });
    }
}
