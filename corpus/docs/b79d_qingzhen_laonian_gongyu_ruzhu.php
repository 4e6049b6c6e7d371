<?php $this->load->view('common/header'); ?>

<?php $this->load->view('common/navbar'); ?>

<div class="container zw_left" style=" margin-top:10px;">
    <div class="row">

        <?php $this->load->view('common/left_nav'); ?>

        <div class="col-sm-9">
            <div class="zw_conten">
                <tbody>
                <tr>
                    <td><p><font size="4"><strong>入住须知</strong></font></p>
                        <p><font size="3">一、&nbsp; 入住条件</font></p>
                        <p><font size="3">本老年公寓，面向全社会开放，凡是本人自愿，男性满60周岁，女性满50周岁，能适合集体生活，按时交付有关费用者，均可申请入住公寓。</font></p>
                        <p><font size="3">但有下列情况之一者，谢绝入住。</font></p>
                        <p><font size="3">1、&nbsp;&nbsp;&nbsp; 患有传性疾病的；</font></p>
                        <p><font size="3">2、&nbsp;&nbsp;&nbsp; 患有精神性疾病的；</font></p>
                        <p><font size="3">3、&nbsp;&nbsp;&nbsp; 有可能防碍其它老人正常生活或休息的；</font></p>
                        <p><font size="3">4、&nbsp;&nbsp;&nbsp; 患病不愿接受治疗的；</font></p>
                        <p><font size="3">5、&nbsp;&nbsp;&nbsp; 不适应或不适合集体生活的</font></p>
                        <p><font size="3">已经入住公寓但出现下列情况之一者，公寓协议自行终止，请其主动配合离开公寓。</font></p>
                        <p><font size="3">1、&nbsp;&nbsp;&nbsp; 患有传染性疾病的；</font></p>
                        <p><font size="3">2、&nbsp;&nbsp;&nbsp; 患有精神病的；</font></p>
                        <p><font size="3">3、&nbsp;&nbsp;&nbsp; 隐瞒病史而未及时治疗导致不良后果的；</font></p>
                        <p><font size="3">4、&nbsp;&nbsp;&nbsp; 严重妨碍其他老人正常生活且经劝告无效的；</font></p>
                        <p><font size="3">5、&nbsp;&nbsp;&nbsp; 多次不按时、足额缴纳入住费用的或拖欠入住费用达两个月的；</font></p>
                        <p><font size="3">6、&nbsp;&nbsp;&nbsp; 中断住养超过一个月的；</font></p>
                        <p><font size="3">7、&nbsp;&nbsp;&nbsp; 甲方按分级护理标准需变更乙方护理级别而乙方或丙方不同意的；</font></p>
                        <p><font size="3">8、&nbsp;&nbsp;&nbsp; 乙方患病需要治疗，且拒绝治疗且不愿另行协商的；</font></p>
                        <p><font size="3">9、&nbsp;&nbsp;&nbsp; 不遵守公寓规定造成不良影响的；</font></p>
                        <p><font size="3">10、&nbsp; 其它不适应或不适合集体生活的；</font></p>
                        <p><font size="3">二、&nbsp; 入住流程</font></p>
                        <p><font size="3">咨询登记→提供健康报告→评估小组确定老人是否可以接受入住住公寓→确定护理级别→安排床位签订协议、安全告知书→交纳费用→15天试住→正式入住</font></p>
                        <p>&nbsp;<font size="4"><strong>友情提示</strong></font></p>
                        <p><font size="3">1、&nbsp;&nbsp;&nbsp; 老人入住时均需体检，体检需近3个月内的，区县以上医疗机构，体检必须包括心电图、胸透、乙肝两对半、骨密度测量等项目，同时附上最近住院或门诊病历。</font></p>
                        <p><font size="3">2、&nbsp;&nbsp;&nbsp; 老人的护理等级由公寓评估小组视老人的年龄、病情及自理能力等情况而定。老人及家属需对公寓评估情况进行确认，方可签订入住协议。</font></p>
                        <p><font size="3">3、&nbsp;&nbsp;&nbsp; 老人入住签订协议时需准备身份证及复印件一份，担保人（家属）身份证复印件一份。</font></p>
                        <p><font size="3">4、&nbsp;&nbsp;&nbsp; 老人入住时，须确定监护人或委托人（单位），监护人或委托人负责老人入住期间的费用的缴纳、疾病治疗及相关事宜的处理等。</font></p>
                        <p><font size="3">5、&nbsp;&nbsp;&nbsp; 本公寓实行担保金制度，入住公寓前预交医疗备用金3000元，退出公寓时按实际情况退回。</font></p>
                        <p><font size="3">6、&nbsp;&nbsp;&nbsp; 如老人存在心理、生理或疾病等方面的问题，监护人或委托人应协助做好工作，不得借故推脱。</font></p>
                        <p><font size="3">7、&nbsp;&nbsp;&nbsp; 老人生活用品自备。易燃、易爆、易腐及其它危害人体健康和设施安全的物品不得携带入公寓。</font></p>
                        <p><font size="3">8、&nbsp;&nbsp;&nbsp; 老人外出需请假，并佩带公寓老人牌，行路注意安全，意识和行动不便的老人须有家属陪伴，外出期间发生责任自负。</font></p>
                        <p><font size="3">9、&nbsp;&nbsp;&nbsp; 老人发生突发事件，监护人或委托人在接到公寓通知后，务必在通知时间内及时前来。监护人或委托人未到前，公寓可采取应急措施，但不行使监护人或委托人职责。涉及费用由入住方自理。</font></p>
                        <p><font size="3">10、&nbsp; 文明修养，维护社会公德，爱护公物，节约用水、用电，若损坏公共设施照价赔偿。</font></p>
                        <p><font size="3">11、&nbsp; 访客探望，要遵守制度，维护环境整洁、安静、不得留宿。</font></p></td>
                </tr>
                </tbody>
            </div>
        </div>
    </div>
</div>

<?php $this->load->view('common/footer'); ?>

<script>
    $(document).ready(function () {
        $("#process").attr('class', 'active');
        $("#left_process").addClass("active");
    });
</script>