import { Group, Text } from '@mantine/core'
import { Dropzone } from '@mantine/dropzone'
import { IconUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { setDroppedFile } from './droppedFile'

/** A file dropped anywhere on the window opens the import wizard with it. */
export function WindowDrop() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  return (
    <Dropzone.FullScreen
      // The wizard's own drop area takes files on its page.
      active={pathname !== '/imports/new'}
      multiple={false}
      onDrop={(files) => {
        if (!files[0]) return
        setDroppedFile(files[0])
        void navigate('/imports/new')
      }}
    >
      <Group justify="center" mih="60vh" style={{ pointerEvents: 'none' }}>
        <IconUpload size={48} stroke={1.5} aria-hidden />
        <Text size="xl">{t('imports.file.dropAnywhere')}</Text>
      </Group>
    </Dropzone.FullScreen>
  )
}
