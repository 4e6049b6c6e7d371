insert into ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) values (6, 'http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm', '2019-02-17 15:13:51', '000014349/2019-00002', '国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知', '国务院办公厅', '国办发〔2019〕3号', null, '2019-02-09 15:13:51', '2019-02-22 15:13:51', null, '<tbody> 
 <tr> 
  <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于开展</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">城镇小区配套幼儿园治理工作的通知</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2019〕3号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">城镇小区配套建设幼儿园是城镇公共服务设施建设的重要内容，是扩大普惠性学前教育资源的重要途径，是保障和改善民生的重要举措。2018年11月，党中央、国务院印发《关于学前教育深化改革规范发展的若干意见》，提出规范小区配套幼儿园建设使用，并对小区配套幼儿园规划、建设、移交、办园等情况进行治理作出部署。为落实相关要求，经国务院同意，现就开展治理工作有关事项通知如下：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，落实全国教育大会部署，坚持以人民为中心的发展思想，认真履行政府责任，依法落实城镇公共服务设施建设规定，着力构建以普惠性资源为主体的学前教育公共服务体系，聚焦小区配套幼儿园规划、建设、移交、办园等环节存在的突出问题开展治理，进一步提高学前教育公益普惠水平，切实办好学前教育，满足人民群众对幼有所育的期盼。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、工作任务</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: left;"><span style="font-family: 楷体, 楷体_GB2312;">1.城镇小区严格依标配建幼儿园。</span><span style="font-family: 宋体;">严格遵循《中华人民共和国城乡规划法》和《城市居住区规划设计标准》（GB 50180），老城区（棚户区）改造、新城开发和居住区建设、易地扶贫搬迁应将配套建设幼儿园纳入公共管理和公共服务设施建设规划，并按照相关标准和规范予以建设。城镇小区没有规划配套幼儿园或规划不足，或者有完整规划但建设不到位的，要依据国家和地方配建标准，通过补建、改建或就近新建、置换、购置等方式予以解决。对存在配套幼儿园缓建、缩建、停建、不建和建而不交等问题的，在整改到位之前，不得办理竣工验收。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.确保小区配套幼儿园如期移交。</span><span style="font-family: 宋体;">已建成的小区配套幼儿园应按照规定及时移交当地教育行政部门，未移交当地教育行政部门的应限期完成移交，对已挪作他用的要采取有效措施予以收回。有关部门要按规定对移交的幼儿园办理土地、园舍移交及资产登记手续。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.规范小区配套幼儿园使用。</span><span style="font-family: 宋体;">小区配套幼儿园移交当地教育行政部门后，应当由教育行政部门办成公办园或委托办成普惠性民办园，不得办成营利性幼儿园。办成公办园的，当地政府及有关部门要做好机构编制、教师配备等方面的工作；委托办成普惠性民办园的，要做好对相关机构资质、管理能力、卫生安全及保教质量等方面的审核，明确补助标准，加强对普惠实效及质量方面的动态监管。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、工作措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">1.摸底排查。</span><span style="font-family: 宋体;">各地以县（市、区）为单位，对城镇小区配套幼儿园情况进行全面摸底排查，针对规划、配建、移交、使用不到位等情况，分别列出清单、建立台账。该项工作于2019年4月底前完成。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.全面整改。</span><span style="font-family: 宋体;">针对摸底排查出的问题，从实际出发，认真制定有针对性的整改措施，按照“一事一议”、“一园一案”的要求逐一进行整改。对于已经建成、需要办理移交手续的，原则上于2019年6月底前完成；对于需要回收、置换、购置的，原则上于2019年9月底前完成；对于需要补建、改建、新建的，原则上于2019年12月底前完成相关建设规划，2020年12月底前完成项目竣工验收。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.监督评估。</span><span style="font-family: 宋体;">对各地自查、摸排、整改等环节加强督导、监督和评估，并针对关键环节适时进行抽查，对落实不力、整改不到位的地区进行通报。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、组织实施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">1.建立治理工作协调机制。</span><span style="font-family: 宋体;">成立城镇小区配套幼儿园治理工作小组，组长由协助分管教育工作的国务院副秘书长担任，成员由教育部、住房城乡建设部、发展改革委、民政部、自然资源部等部门负责同志组成。治理工作联合办公室设在教育部、住房城乡建设部。各地要参照建立相应工作机制，加强治理工作协调。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.落实治理责任分工。</span><span style="font-family: 宋体;">按照小区配套幼儿园规划、建设、移交、办园等各个环节的工作要求，明晰各项工作的主责部门及配合部门，建立联审联管机制，切实把摸底排查、全面整改等各项任务落到实处。教育行政部门要参与小区配套幼儿园规划、建设、验收、移交等各个环节的工作。发展改革部门要参与小区配套幼儿园建设项目规划布局，对需要补建、改建、新建的项目按程序及时办理审批、核准或备案手续。自然资源部门要根据国家和地方配建标准，统筹规划城镇小区配套幼儿园，将小区配套幼儿园必要建设用地及时纳入国土空间规划，按相关规定划拨建设用地。住房城乡建设部门要加强对城镇小区配套幼儿园的建筑设计、施工建设、验收、移交的监管落实。机构编制部门按程序做好小区配套幼儿园移交涉及的机构编制工作，根据办园性质，分别由机构编制部门和民政部门依法办理事业单位法人登记或民办非企业单位法人登记。在治理工作中，需要其他相关部门支持配合的，地方各级人民政府要加强统筹协调。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.加强治理工作保障。</span><span style="font-family: 宋体;">地方各级人民政府要认真制定治理工作方案，明确治理步骤，细化工作分工，压实部门责任，完善治理举措，确保治理工作如期完成。要加强社会监督，及时向社会公布治理工作方案、整改措施及治理结果。畅通群众反映意见渠道，设立并公布监督举报电话和信箱。健全部门工作联动、形势研判和应急反应机制，妥善处理突发事件，坚决维护社会稳定。对在治理工作中发现的造成学前教育资源严重流失等失职渎职行为和违法违纪案件，要依法依规追究责任。要及时总结治理情况，制定完善小区配套幼儿园建设管理办法，形成规范管理的长效机制。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各省（自治区、直辖市）治理工作方案、反映意见渠道以及摸底排查、整改等情况，要及时报送治理工作联合办公室。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2019年1月9日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
 </tr> 
 <tr> 
  <td></td> 
 </tr> 
</tbody>', null, '未处理', '<div class="wrap" style=" font-family:宋体"> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="360">000014349/2019-00002</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="360">科技、教育\\教育</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院办公厅</td> 
        <td><b>成文日期：</b></td> 
        <td>2019年01月09日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国办发〔2019〕3号</td> 
        <td><b>发布日期：</b></td> 
        <td>2019年01月22日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="351" valign="top"></td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
  <tbody> 
   <tr> 
    <td width="675" valign="top">
     <table width="674" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border-right:1px solid #cacaca;"> 
      <tbody> 
       <tr> 
        <td><br> 
         <table width="650" border="0" cellpadding="0" cellspacing="0"> 
          <tbody> 
           <tr> 
            <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于开展</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">城镇小区配套幼儿园治理工作的通知</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2019〕3号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">城镇小区配套建设幼儿园是城镇公共服务设施建设的重要内容，是扩大普惠性学前教育资源的重要途径，是保障和改善民生的重要举措。2018年11月，党中央、国务院印发《关于学前教育深化改革规范发展的若干意见》，提出规范小区配套幼儿园建设使用，并对小区配套幼儿园规划、建设、移交、办园等情况进行治理作出部署。为落实相关要求，经国务院同意，现就开展治理工作有关事项通知如下：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，落实全国教育大会部署，坚持以人民为中心的发展思想，认真履行政府责任，依法落实城镇公共服务设施建设规定，着力构建以普惠性资源为主体的学前教育公共服务体系，聚焦小区配套幼儿园规划、建设、移交、办园等环节存在的突出问题开展治理，进一步提高学前教育公益普惠水平，切实办好学前教育，满足人民群众对幼有所育的期盼。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、工作任务</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: left;"><span style="font-family: 楷体, 楷体_GB2312;">1.城镇小区严格依标配建幼儿园。</span><span style="font-family: 宋体;">严格遵循《中华人民共和国城乡规划法》和《城市居住区规划设计标准》（GB 50180），老城区（棚户区）改造、新城开发和居住区建设、易地扶贫搬迁应将配套建设幼儿园纳入公共管理和公共服务设施建设规划，并按照相关标准和规范予以建设。城镇小区没有规划配套幼儿园或规划不足，或者有完整规划但建设不到位的，要依据国家和地方配建标准，通过补建、改建或就近新建、置换、购置等方式予以解决。对存在配套幼儿园缓建、缩建、停建、不建和建而不交等问题的，在整改到位之前，不得办理竣工验收。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.确保小区配套幼儿园如期移交。</span><span style="font-family: 宋体;">已建成的小区配套幼儿园应按照规定及时移交当地教育行政部门，未移交当地教育行政部门的应限期完成移交，对已挪作他用的要采取有效措施予以收回。有关部门要按规定对移交的幼儿园办理土地、园舍移交及资产登记手续。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.规范小区配套幼儿园使用。</span><span style="font-family: 宋体;">小区配套幼儿园移交当地教育行政部门后，应当由教育行政部门办成公办园或委托办成普惠性民办园，不得办成营利性幼儿园。办成公办园的，当地政府及有关部门要做好机构编制、教师配备等方面的工作；委托办成普惠性民办园的，要做好对相关机构资质、管理能力、卫生安全及保教质量等方面的审核，明确补助标准，加强对普惠实效及质量方面的动态监管。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、工作措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">1.摸底排查。</span><span style="font-family: 宋体;">各地以县（市、区）为单位，对城镇小区配套幼儿园情况进行全面摸底排查，针对规划、配建、移交、使用不到位等情况，分别列出清单、建立台账。该项工作于2019年4月底前完成。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.全面整改。</span><span style="font-family: 宋体;">针对摸底排查出的问题，从实际出发，认真制定有针对性的整改措施，按照“一事一议”、“一园一案”的要求逐一进行整改。对于已经建成、需要办理移交手续的，原则上于2019年6月底前完成；对于需要回收、置换、购置的，原则上于2019年9月底前完成；对于需要补建、改建、新建的，原则上于2019年12月底前完成相关建设规划，2020年12月底前完成项目竣工验收。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.监督评估。</span><span style="font-family: 宋体;">对各地自查、摸排、整改等环节加强督导、监督和评估，并针对关键环节适时进行抽查，对落实不力、整改不到位的地区进行通报。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、组织实施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">1.建立治理工作协调机制。</span><span style="font-family: 宋体;">成立城镇小区配套幼儿园治理工作小组，组长由协助分管教育工作的国务院副秘书长担任，成员由教育部、住房城乡建设部、发展改革委、民政部、自然资源部等部门负责同志组成。治理工作联合办公室设在教育部、住房城乡建设部。各地要参照建立相应工作机制，加强治理工作协调。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">2.落实治理责任分工。</span><span style="font-family: 宋体;">按照小区配套幼儿园规划、建设、移交、办园等各个环节的工作要求，明晰各项工作的主责部门及配合部门，建立联审联管机制，切实把摸底排查、全面整改等各项任务落到实处。教育行政部门要参与小区配套幼儿园规划、建设、验收、移交等各个环节的工作。发展改革部门要参与小区配套幼儿园建设项目规划布局，对需要补建、改建、新建的项目按程序及时办理审批、核准或备案手续。自然资源部门要根据国家和地方配建标准，统筹规划城镇小区配套幼儿园，将小区配套幼儿园必要建设用地及时纳入国土空间规划，按相关规定划拨建设用地。住房城乡建设部门要加强对城镇小区配套幼儿园的建筑设计、施工建设、验收、移交的监管落实。机构编制部门按程序做好小区配套幼儿园移交涉及的机构编制工作，根据办园性质，分别由机构编制部门和民政部门依法办理事业单位法人登记或民办非企业单位法人登记。在治理工作中，需要其他相关部门支持配合的，地方各级人民政府要加强统筹协调。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">3.加强治理工作保障。</span><span style="font-family: 宋体;">地方各级人民政府要认真制定治理工作方案，明确治理步骤，细化工作分工，压实部门责任，完善治理举措，确保治理工作如期完成。要加强社会监督，及时向社会公布治理工作方案、整改措施及治理结果。畅通群众反映意见渠道，设立并公布监督举报电话和信箱。健全部门工作联动、形势研判和应急反应机制，妥善处理突发事件，坚决维护社会稳定。对在治理工作中发现的造成学前教育资源严重流失等失职渎职行为和违法违纪案件，要依法依规追究责任。要及时总结治理情况，制定完善小区配套幼儿园建设管理办法，形成规范管理的长效机制。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各省（自治区、直辖市）治理工作方案、反映意见渠道以及摸底排查、整改等情况，要及时报送治理工作联合办公室。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2019年1月9日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
           </tr> 
           <tr> 
            <td></td> 
           </tr> 
          </tbody> 
         </table> 
         <div id="pageBreak"></div> 
         <!--/enpcontent--> 
         <div id="div_div"> 
          <div id="qr_container" style="margin:auto; position:relative;">
           扫一扫在手机打开当前页
          </div> 
         </div> 
         <div id="pageBreak"></div> 
         <!-- 用来校验该浏览器是否支持HTML5 --> 
         <canvas id="Canvas"></canvas> 
         <table width="650" border="0" align="left" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin-top:18px;"> 
          <tbody> 
           <tr> 
            <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2019-01/22/content_5360002.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/22/content_5360002.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/22/content_5360002.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
           </tr> 
          </tbody> 
         </table> 
         <div style="clear:both;">
          &nbsp;
         </div> </td> 
       </tr> 
      </tbody> 
     </table></td> 
    <td valign="top">
     <table width="235" border="0" cellspacing="0" cellpadding="0" style="float:left;margin-left:20px;"> 
      <tbody> 
       <tr> 
        <td><iframe id="frame_content" name="frame_content" src="http://www.gov.cn/zhengce/2019-01/22/content_5360065.htm" width="100%" height="1150" scrolling="no" marginheight="0" frameborder="0"></iframe></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');
