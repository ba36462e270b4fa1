/* kez-publication-print.c
 *
 * Printing goes through GTK's print dialog, with its preview: the pages are the publication's
 * own (kez-publication-pages.c), laid out on the paper the dialog chose, in points, so that
 * what is printed is what a PDF of it shows. The operation takes the publication with it and
 * frees it when the job is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-print"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-publication-pages.h"
#include "kez-publication-print.h"
#include "kez-toast.h"

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             KezPublication    *publication)
{
  guint n_pages = kez_publication_count_pages (publication,
                                               gtk_print_context_get_cairo_context (context),
                                               gtk_print_context_get_width (context),
                                               gtk_print_context_get_height (context));

  g_object_set_data (G_OBJECT (operation), "n-pages", GUINT_TO_POINTER (n_pages));
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           KezPublication    *publication)
{
  kez_publication_draw_page (publication, gtk_print_context_get_cairo_context (context),
                             gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context), page,
                             GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (operation),
                                                                  "n-pages")));
}

static void
done (GtkPrintOperation       *operation,
      GtkPrintOperationResult  result,
      GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        kez_toast_add (GTK_WIDGET (parent), adw_toast_new (error->message));
    }
  /* The reference the running job held. */
  g_object_unref (operation);
}

/**
 * kez_publication_print:
 * @publication: (transfer full): what to print
 *
 * Opens the print dialog for @publication; printing goes on after this returns.
 */
void
kez_publication_print (GtkWindow      *parent,
                       KezPublication *publication,
                       const char     *job_name)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  const char *export_to = g_getenv ("KEZDESU_PRINT_TO_FILE");

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, publication->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                                : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  /* The publication's pages have their own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "publication", publication,
                          (GDestroyNotify) kez_publication_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), publication);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), publication);
  g_signal_connect (operation, "done", G_CALLBACK (done), parent);

  g_object_ref (operation);
  /* The tests print to a PDF without the dialog, through the same pages. */
  if (export_to != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_to);
      gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, &error);
    }
  else
    gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (error != NULL)
    kez_toast_add (GTK_WIDGET (parent), adw_toast_new (error->message));
}
