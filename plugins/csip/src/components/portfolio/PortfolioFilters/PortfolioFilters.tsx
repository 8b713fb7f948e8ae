import {
  APPROACHES,
  PROGRAMME_PHASES,
  ScopeStatus,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import type { ChangeEvent } from 'react';
import { useEntityOptions } from '../../../hooks/useEntityOptions';
import {
  PortfolioFilterName,
  PortfolioFilterValues,
  usePortfolioQuery,
} from '../usePortfolioQuery';
import { APPROACH_NAMES, PHASE_NAMES } from '../../../util/labels';
import { EntityPicker } from '../../shared';
import { ClearFiltersButton } from '../ClearFiltersButton';

const OWNER_KINDS = ['Group', 'System'];

const SCOPE_STATUSES: ScopeStatus[] = [
  'draft',
  'awaiting-agreement',
  'agreed',
  'declined',
];

/** Scope statuses as a filter reads: short, since the select is narrow. */
const SCOPE_FILTER_NAMES: Record<ScopeStatus, string> = {
  draft: 'Draft',
  'awaiting-agreement': 'Awaiting agreement',
  agreed: 'Agreed',
  declined: 'Declined',
};

type Option = { value: string; label: string };

const PHASE_OPTIONS: Option[] = PROGRAMME_PHASES.map(phase => ({
  value: phase,
  label: PHASE_NAMES[phase],
}));
const APPROACH_OPTIONS: Option[] = APPROACHES.map(approach => ({
  value: approach,
  label: APPROACH_NAMES[approach],
}));
const SCOPE_OPTIONS: Option[] = SCOPE_STATUSES.map(status => ({
  value: status,
  label: SCOPE_FILTER_NAMES[status],
}));
const READY_OPTIONS: Option[] = [
  { value: 'true', label: 'Ready' },
  { value: 'false', label: 'Not ready' },
];

/** The filters that pick one of a fixed set of values. */
const CHOICE_FILTERS = [
  {
    name: 'phase',
    label: 'Phase',
    anyLabel: 'Any phase',
    options: PHASE_OPTIONS,
  },
  {
    name: 'approach',
    label: 'Approach',
    anyLabel: 'Any approach',
    options: APPROACH_OPTIONS,
  },
  {
    name: 'scopeStatus',
    label: 'Scope status',
    anyLabel: 'Any scope status',
    options: SCOPE_OPTIONS,
  },
] as const;

type ChoiceValue =
  PortfolioFilterValues[(typeof CHOICE_FILTERS)[number]['name']];

type FilterSelectProps = {
  name: PortfolioFilterName;
  label: string;
  anyLabel: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
};

/** A labelled native select, so it works with keyboard and screen reader alike. */
const FilterSelect = (props: FilterSelectProps) => {
  const { name, label, anyLabel, options, value, onChange } = props;
  return (
    <TextField
      id={`csip-portfolio-${name}`}
      select
      size="small"
      label={label}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value)
      }
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      sx={{ minWidth: 170 }}
    >
      <option value="">{anyLabel}</option>
      {options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
};

/**
 * The portfolio's filters: a search over titles and visions, phase,
 * approach, scope status, exit readiness, owner and "only with overdue
 * actions", with a way to clear them all. Every choice is kept in the URL
 * (see `usePortfolioQuery`), so `PortfolioTable` on the same page follows.
 *
 * @internal
 */
export const PortfolioFilters = () => {
  const portfolio = usePortfolioQuery();
  const { query, setFilter, filtered } = portfolio;
  const owners = useEntityOptions(OWNER_KINDS);

  const ready = query.ready === undefined ? '' : String(query.ready);

  return (
    <Box
      component="section"
      role="search"
      aria-label="Filter programmes"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 2,
        alignItems: 'center',
      }}
    >
      <TextField
        id="csip-portfolio-search"
        type="search"
        size="small"
        label="Search programmes"
        helperText="Searches titles and visions"
        value={portfolio.searchText}
        onChange={event => portfolio.setSearchText(event.target.value)}
        sx={{ minWidth: 240 }}
      />
      {CHOICE_FILTERS.map(filter => (
        <FilterSelect
          key={filter.name}
          {...filter}
          value={query[filter.name] ?? ''}
          onChange={value =>
            setFilter(filter.name, (value || undefined) as ChoiceValue)
          }
        />
      ))}
      <FilterSelect
        name="ready"
        label="Exit readiness"
        anyLabel="Ready or not"
        options={READY_OPTIONS}
        value={ready}
        onChange={value =>
          setFilter('ready', value === '' ? undefined : value === 'true')
        }
      />
      <Box sx={{ minWidth: 260 }}>
        <EntityPicker
          label="Owner"
          options={owners.value ?? []}
          loading={owners.loading}
          value={query.owner ?? null}
          onChange={ref => setFilter('owner', ref ?? undefined)}
        />
      </Box>
      <FormControlLabel
        control={
          <Checkbox
            checked={query.overdue === true}
            onChange={event =>
              setFilter('overdue', event.target.checked ? true : undefined)
            }
          />
        }
        label="Only with overdue actions"
      />
      <ClearFiltersButton
        variant="text"
        onClick={portfolio.clearFilters}
        disabled={!filtered && portfolio.searchText === ''}
      />
    </Box>
  );
};
