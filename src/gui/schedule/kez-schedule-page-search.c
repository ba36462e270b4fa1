/* kez-schedule-page-search.c: what the schedule page's search and filters let through
 *
 * One filter (the search's query, the region, the status) narrows both the year's meetings,
 * which the year and month views draw, and every year's meetings the search finds, which the
 * list shows while searching. The query is worked out and the meetings found in the page's
 * reader, off the main thread, a newer search cancelling the older.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-schedule-page-private.h"

static gboolean
matches_filter (gpointer item,
                gpointer user_data)
{
  KezSchedulePage *self = user_data;
  const KezMeetingFields *fields = kez_meeting_get_fields (item);
  guint region = gtk_drop_down_get_selected (self->region_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (self->query != NULL && !kez_meeting_query_matches (self->query, fields))
    return FALSE;
  if (region != GTK_INVALID_LIST_POSITION && region > 0 &&
      g_strcmp0 (g_ptr_array_index (self->region_codes, region), fields->region_code) != 0)
    return FALSE;
  if (status != GTK_INVALID_LIST_POSITION && status > 0 && fields->status != status - 1)
    return FALSE;
  return TRUE;
}

gboolean
kez_schedule_page_is_searching (KezSchedulePage *self)
{
  return self->query != NULL && !kez_meeting_query_is_empty (self->query);
}

/* What the search entry asks for, worked out in the reader's thread (the regions' names are
 * read for it), with every year's meetings it finds. */
typedef struct
{
  KezMeetingQuery *query;
  GPtrArray       *found;
} SearchRead;

static void
search_read_free (gpointer data)
{
  SearchRead *read = data;

  g_clear_pointer (&read->query, kez_meeting_query_free);
  g_ptr_array_unref (read->found);
  g_free (read);
}

static gpointer
read_search (KezStore  *reader,
             gpointer   data,
             GError   **error)
{
  SearchRead *read = g_new0 (SearchRead, 1);

  read->query = kez_meeting_query_new (reader, data);
  read->found = g_ptr_array_new_with_free_func (g_object_unref);
  if (!kez_meeting_query_is_empty (read->query))
    {
      g_autoptr(GListModel) found = kez_meetings_search (reader, read->query);

      for (guint i = 0; i < g_list_model_get_n_items (found); i++)
        g_ptr_array_add (read->found, g_list_model_get_item (found, i));
    }
  return read;
}

/* The list shows what the search found in every year, or the year; the button counts it. */
void
kez_schedule_page_show_found (KezSchedulePage *self)
{
  GListModel *listed;
  g_autofree char *label = NULL;
  guint n;

  listed = kez_schedule_page_is_searching (self) ? G_LIST_MODEL (self->found_filtered)
                                                 : G_LIST_MODEL (self->filtered);
  if (self->list_sorted != NULL && gtk_sort_list_model_get_model (self->list_sorted) != listed)
    gtk_sort_list_model_set_model (self->list_sorted, listed);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->found_filtered));
  /* Translators: %1$u is a number of meetings found by a search */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u in Every Year",
                                        "%1$u in Every Year", n), n);
  gtk_button_set_label (self->every_year_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->every_year_button),
                          kez_schedule_page_is_searching (self) &&
                          !g_str_equal (self->view, "list"));
}

static void
search_read (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GError) error = NULL;
  SearchRead *read = kez_store_reader_read_finish (result, &error);
  KezSchedulePage *self = data;

  if (read == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The search could not be read: %s", error->message);
      return;
    }
  g_clear_pointer (&self->query, kez_meeting_query_free);
  self->query = g_steal_pointer (&read->query);
  g_list_store_splice (self->found, 0, g_list_model_get_n_items (G_LIST_MODEL (self->found)),
                       read->found->pdata, read->found->len);
  search_read_free (read);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  kez_schedule_page_show_found (self);
  if (self->loaded_year != 0)
    kez_schedule_page_refresh (self);
}

/* Every year's meetings the search finds, for the list and the button's count; the query
 * filters the year's too. */
void
kez_schedule_page_find_in_every_year (KezSchedulePage *self)
{
  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_cancellable = g_cancellable_new ();
  kez_store_reader_read_async (self->reader, read_search,
                               g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))),
                               g_free, search_read_free, self->search_cancellable, search_read,
                               self);
}

static void
search_changed (KezSchedulePage *self)
{
  kez_schedule_page_find_in_every_year (self);
}

/* The search button opens the filters with the typing in the search, as in GNOME's apps;
 * closing them shows every meeting again. */
static void
filter_button_toggled (KezSchedulePage *self)
{
  if (gtk_toggle_button_get_active (self->filter_button))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->region_filter, 0);
      gtk_drop_down_set_selected (self->status_filter, 0);
    }
}

static void
filter_changed (KezSchedulePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (self->loaded_year != 0) /* not while the filters are being set up */
    kez_schedule_page_refresh (self);
}

void
kez_schedule_page_set_up_filters (KezSchedulePage *self)
{
  GtkStringList *region_names = gtk_string_list_new (NULL);
  GtkStringList *statuses = gtk_string_list_new (NULL);

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (region_names, _("All regions"));
  g_ptr_array_add (self->region_codes, NULL);
  kez_region_choices_fill (self->store, region_names, self->region_codes);
  gtk_drop_down_set_model (self->region_filter, G_LIST_MODEL (region_names));
  g_object_unref (region_names);

  gtk_string_list_append (statuses, _("All statuses"));
  for (KezMeetingStatus status = KEZ_STATUS_PROPOSED; status <= KEZ_STATUS_CANCELLED; status++)
    gtk_string_list_append (statuses, kez_status_label (status));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  g_object_unref (statuses);
}

/* The filter and the models it narrows, and what changes them. */
void
kez_schedule_page_set_up_search (KezSchedulePage *self)
{
  self->filter = gtk_custom_filter_new (matches_filter, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->meetings)),
                                              GTK_FILTER (self->filter));
  self->found = g_list_store_new (KEZ_TYPE_MEETING);
  self->found_filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->found)),
                                                    g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed),
                            self);
  g_signal_connect_swapped (self->filter_button, "toggled", G_CALLBACK (filter_button_toggled),
                            self);
  g_signal_connect_swapped (self->region_filter, "notify::selected", G_CALLBACK (filter_changed),
                            self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (filter_changed),
                            self);
}
