import { useApi } from '@backstage/frontend-plugin-api';
import {
  HANDOVER_CATEGORY_NAMES,
  handoverCategorySchema,
  handoverItemCreateSchema,
  type HandoverItem,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import {
  DialogForm,
  FormTextField,
  OwnerField,
  useFormDialog,
} from '../../shared';

/** @internal */
export type AddItemFormProps = {
  titleId: string;
  programme: Programme;
  processes: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
  onSaved: (item: HandoverItem) => void;
};

type Draft = {
  title: string;
  description: string;
  category: string;
  process: string;
  weight: string;
  critical: boolean;
  owner: string;
};

const EMPTY: Draft = {
  title: '',
  description: '',
  category: '',
  process: '',
  weight: '1',
  critical: false,
  owner: '',
};

/** The body to check with `handoverItemCreateSchema`. */
const itemBody = (draft: Draft) => ({
  title: draft.title,
  description: draft.description,
  category: draft.category || undefined,
  process: draft.process || undefined,
  weight: draft.weight.trim() === '' ? undefined : Number(draft.weight),
  critical: draft.critical,
  owner: draft.owner || undefined,
});

/**
 * A custom handover item: what has to be true, why, its category and
 * process, how much it counts, whether the coach may leave without it, and
 * who owns it. Checked with the common `handoverItemCreateSchema`.
 *
 * @internal
 */
export const AddItemForm = ({
  titleId,
  programme,
  processes,
  onClose,
  onSaved,
}: AddItemFormProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: handoverItemCreateSchema,
    defaultValues: EMPTY,
    toBody: itemBody,
    check: (_draft, found) => {
      if (found.category) found.category = 'Choose a category';
      if (found.weight) found.weight = 'Use a whole number from 1 to 10';
    },
    onSubmit: async body =>
      onSaved(await csipApi.addHandoverItem(programme.id, body)),
  });
  const { control, message } = dialog;

  return (
    <DialogForm
      form={dialog}
      titleId={titleId}
      title="Add handover item"
      failure="The item was not added"
      intro={
        <Typography variant="body2">
          Something that has to be true for the team to carry on successfully
          once the coach has left.
        </Typography>
      }
      submitLabel="Add"
      onCancel={onClose}
    >
      <FormTextField
        control={control}
        name="title"
        label="Title"
        required
        error={message('title')}
        helperText="What has to be true?"
      />
      <FormTextField
        control={control}
        name="description"
        label="Description"
        multiline
        minRows={2}
        error={message('description')}
        helperText="How will we know it is?"
      />
      <FormTextField
        control={control}
        name="category"
        nativeSelect
        label="Category"
        required
        error={message('category')}
      >
        <option value="">Choose…</option>
        {handoverCategorySchema.options.map(c => (
          <option key={c} value={c}>
            {HANDOVER_CATEGORY_NAMES[c]}
          </option>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="process"
        nativeSelect
        label="Process"
        error={message('process')}
        helperText="The process it is about, or the whole programme."
      >
        <option value="">Whole programme</option>
        {processes.map(p => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="weight"
        label="Weight"
        type="number"
        required
        inputProps={{ min: 1, max: 10, step: 1 }}
        error={message('weight')}
        helperText="How much it counts towards the knowledge-transfer score, from 1 to 10."
      />
      <div>
        <Controller
          control={control}
          name="critical"
          render={({ field }) => (
            <FormControlLabel
              control={
                <Checkbox
                  checked={field.value}
                  onChange={e => field.onChange(e.target.checked)}
                  inputProps={{
                    'aria-describedby': 'csip-handover-critical-help',
                  }}
                />
              }
              label="Critical"
            />
          )}
        />
        <FormHelperText id="csip-handover-critical-help" sx={{ mt: -0.5 }}>
          The coach cannot leave until they have verified a critical item.
        </FormHelperText>
      </div>
      <OwnerField
        control={control}
        name="owner"
        programme={programme}
        emptyLabel="No owner yet"
        error={message('owner')}
      />
    </DialogForm>
  );
};
