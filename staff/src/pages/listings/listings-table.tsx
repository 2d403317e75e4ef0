import { Badge, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { TableScroller } from '../../components/table-scroller';
import { categoryLabel, flagBadges, reviewedLabel, statusLabel, type ListingColumn, type SortDirection } from './listing-table-rows';
import type { ListingSummary } from './overview-schemas';

const useStyles = makeStyles({
  flags: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalXS },
  // Badges are one line high by default; a long flag ("Missing: email, phone") wraps instead of overflowing.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'start' },
});

const columns: ReadonlyArray<{ readonly id: ListingColumn; readonly label: string }> = [
  { id: 'name', label: 'Name' },
  { id: 'category', label: 'Category' },
  { id: 'status', label: 'Status' },
  { id: 'nextSession', label: 'Next session' },
  { id: 'assuredDate', label: 'Last reviewed' },
];

/** The listings as a table whose headers sort it (and say how it is sorted); each name opens the listing. */
export function ListingsTable(props: {
  readonly listings: readonly ListingSummary[];
  readonly sortBy: ListingColumn;
  readonly direction: SortDirection;
  readonly onSort: (column: ListingColumn) => void;
}) {
  const styles = useStyles();
  return (
    <TableScroller label="Listings table">
      <Table sortable aria-label="Listings">
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.id}
                {...(props.sortBy === column.id ? { sortDirection: props.direction } : {})}
                onClick={() => props.onSort(column.id)}
              >
                {column.label}
              </TableHeaderCell>
            ))}
            <TableHeaderCell>Flags</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.listings.map((listing) => (
            <TableRow key={listing.id}>
              <TableCell>
                <Link href={`#/listings/${encodeURIComponent(listing.id)}`}>{listing.name}</Link>
              </TableCell>
              <TableCell>{categoryLabel(listing.category)}</TableCell>
              <TableCell>{statusLabel(listing.status)}</TableCell>
              <TableCell>{listing.nextSession ?? 'None'}</TableCell>
              <TableCell>{reviewedLabel(listing.assuredDate)}</TableCell>
              <TableCell>
                <span className={styles.flags}>
                  {flagBadges(listing).map((text) => (
                    <Badge key={text} className={styles.badge} appearance="tint" color="warning" shape="rounded">
                      {text}
                    </Badge>
                  ))}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroller>
  );
}
