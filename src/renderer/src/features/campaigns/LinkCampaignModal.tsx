import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CampaignLinkInput, campaignLinkTypes } from '../../../../shared/domain/campaignLink'
import { fieldErrors } from '../../shell/fieldErrors'
import { campaignLinkRepo } from './campaignLinkRepo'

type LinkType = (typeof campaignLinkTypes)[number]
type Props = {
  opened: boolean
  onClose: () => void
  campaignId: string
  /** The workspace's other campaigns, not yet linked. */
  campaigns: { id: string; title: string }[]
}

const blank = {
  where: 'workspace' as 'workspace' | 'external',
  toCampaignId: null as string | null,
  name: '',
  url: '',
  tags: [] as string[],
  type: 'sameIssue' as LinkType,
  note: '',
}

/** Links the campaign to another one, in the workspace or outside it. */
export function LinkCampaignModal({ opened, onClose, campaignId, campaigns }: Props) {
  const { t } = useTranslation()
  const [values, setValues] = useState(blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (patch: Partial<typeof blank>) => setValues((v) => ({ ...v, ...patch }))
  const close = () => {
    setValues(blank)
    setErrors({})
    onClose()
  }

  const submit = async () => {
    const input: CampaignLinkInput = {
      fromCampaignId: campaignId,
      type: values.type,
      note: values.note.trim(),
      ...(values.where === 'workspace'
        ? { toCampaignId: values.toCampaignId ?? undefined }
        : {
            external: {
              name: values.name,
              url: values.url.trim() || undefined,
              tags: values.tags,
            },
          }),
    }
    const problems = fieldErrors(campaignLinkRepo.check(input), t)
    if (problems) {
      setErrors(problems)
      return
    }
    await campaignLinkRepo.create(input)
    close()
  }

  return (
    <Modal opened={opened} onClose={close} title={t('links.add')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <SegmentedControl
            aria-label={t('links.where')}
            value={values.where}
            onChange={(where) => set({ where: where as typeof blank.where })}
            data={[
              { value: 'workspace', label: t('links.inWorkspace') },
              { value: 'external', label: t('links.external') },
            ]}
          />
          {values.where === 'workspace' ? (
            <Select
              label={t('links.campaign')}
              data={campaigns.map((c) => ({ value: c.id, label: c.title }))}
              value={values.toCampaignId}
              onChange={(toCampaignId) => set({ toCampaignId })}
              searchable
              error={errors.toCampaignId && t('links.pickCampaign')}
              nothingFoundMessage={t('links.noOtherCampaigns')}
              data-autofocus
            />
          ) : (
            <>
              <TextInput
                label={t('links.name')}
                placeholder="In The Heights"
                value={values.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={errors['external.name']}
                required
                data-autofocus
              />
              <TextInput
                label={t('links.url')}
                placeholder="https://"
                value={values.url}
                onChange={(e) => set({ url: e.currentTarget.value })}
                error={errors['external.url']}
              />
              <TagsInput
                label={t('links.tags')}
                value={values.tags}
                onChange={(tags) => set({ tags })}
              />
            </>
          )}
          <Select
            label={t('links.type')}
            data={campaignLinkTypes.map((type) => ({
              value: type,
              label: t(`links.types.${type}`),
            }))}
            value={values.type}
            onChange={(type) => type && set({ type: type as LinkType })}
            allowDeselect={false}
          />
          <Textarea
            label={t('links.note')}
            autosize
            minRows={2}
            value={values.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('links.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
