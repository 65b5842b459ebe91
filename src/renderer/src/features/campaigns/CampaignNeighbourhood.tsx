import { Box, Stack, Text, Title, useComputedColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignLink } from '../../../../shared/domain/campaignLink'
import { linkColors } from './linkColors'
import { type NeighbourNode, neighbourhood } from './neighbourhood'

type Props = { campaignId: string; links: CampaignLink[]; titles: Map<string, string> }

// Room around the nodes for their labels, in the drawing's units.
const [PAD_X, PAD_Y] = [100, 45]
const clip = (text: string) => (text.length > 22 ? `${text.slice(0, 21)}…` : text)

/**
 * The campaign, its linked campaigns around it and theirs one step further, as a drawing with
 * typed edges, and the same links as a list for screen readers and keyboards.
 */
export function CampaignNeighbourhood({ campaignId, links, titles }: Props) {
  const { t } = useTranslation()
  const dark = useComputedColorScheme('light') === 'dark'
  const { nodes, edges } = neighbourhood(campaignId, links, (id) => titles.get(id))
  const at = new Map(nodes.map((n) => [n.key, n]))
  const xs = nodes.map((n) => n.x)
  const ys = nodes.map((n) => n.y)
  const width = Math.max(...xs) - Math.min(...xs) + 2 * PAD_X
  // A band rather than a square when the campaigns sit in a row: no margins of empty space.
  const height = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * PAD_Y, width / 3)
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2
  const color = (name: string) => `var(--mantine-color-${name}-${dark ? 4 : 7})`
  const fill = (node: NeighbourNode) =>
    node.depth === 0
      ? 'var(--mantine-primary-color-filled)'
      : node.key.startsWith('external:')
        ? 'var(--mantine-color-body)'
        : 'var(--mantine-primary-color-light)'

  return (
    <Stack gap="xs" component="section" aria-labelledby="neighbourhood" data-testid="neighbourhood">
      <Title order={4} size="h5" id="neighbourhood">
        {t('links.neighbourhood')}
      </Title>
      <Box
        component="svg"
        viewBox={`${cx - width / 2} ${cy - height / 2} ${width} ${height}`}
        w="100%"
        mah={360}
        role="img"
        aria-label={t('links.neighbourhoodImage', { count: edges.length })}
        style={{ display: 'block' }}
      >
        {edges.map((edge) => {
          const a = at.get(edge.from)
          const b = at.get(edge.to)
          if (!a || !b) return null
          const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2]
          return (
            <g key={edge.linkId}>
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={color(linkColors[edge.type])}
                strokeWidth={2.5}
                strokeDasharray={edge.type === 'precedent' ? '6 4' : undefined}
              />
              <text
                x={mx}
                y={my - 4}
                textAnchor="middle"
                fontSize={11}
                fill={color(linkColors[edge.type])}
                stroke="var(--mantine-color-body)"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {t(`links.types.${edge.type}`)}
              </text>
            </g>
          )
        })}
        {nodes.map((node) => (
          <g key={node.key}>
            <circle
              cx={node.x}
              cy={node.y}
              r={node.depth === 0 ? 14 : 10}
              fill={fill(node)}
              stroke={
                node.depth === 0
                  ? 'var(--mantine-color-body)'
                  : 'var(--mantine-primary-color-light-color)'
              }
              strokeWidth={1.5}
              strokeDasharray={node.key.startsWith('external:') ? '3 2' : undefined}
            />
            <text
              x={node.x}
              y={node.y + (node.depth === 0 ? 30 : 24)}
              textAnchor="middle"
              fontSize={node.depth === 0 ? 14 : 12}
              fontWeight={node.depth === 0 ? 700 : 500}
              fill="var(--mantine-color-text)"
              stroke="var(--mantine-color-body)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {clip(node.label)}
            </text>
          </g>
        ))}
      </Box>
      {edges.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('links.neighbourhoodEmpty')}
        </Text>
      )}
      <Box component="ul" aria-label={t('links.neighbourhoodList')} m={0} ps="md">
        {edges.map((edge) => (
          <Text component="li" size="sm" key={edge.linkId}>
            {t('links.edge', {
              from: at.get(edge.from)?.label,
              to: at.get(edge.to)?.label,
              type: t(`links.types.${edge.type}`),
            })}
          </Text>
        ))}
      </Box>
    </Stack>
  )
}
